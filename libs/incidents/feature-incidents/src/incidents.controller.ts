import { CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, WRITERS } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import type {
  EvidencePackage,
  EvidenceVerifyResult,
  IncidentAttachment,
  IncidentDetail,
  IncidentEvidence,
  IncidentStep,
  IncidentSummary,
} from '@fleet/incidents-model';
import { INCIDENT_STEPS } from '@fleet/incidents-model';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { IncidentEvidenceService } from './incident-evidence.service.js';
import {
  attachmentBody,
  attachmentIdParam,
  incidentIdParam,
  incidentListQuery,
  openIncidentBody,
  reportBody,
  stepBody,
  stepParam,
} from './incident-requests.js';
import { IncidentService } from './incidents.service.js';

/** Multipart uploads are read into memory up to this; the configured limit (≤ this) is checked after. */
const MULTIPART_MAX_BYTES = 32 * 1024 * 1024;

/** What multer hands over for one multipart file field (no @types/multer in the workspace). */
type UploadedPart = { originalname: string; mimetype: string; buffer: Buffer };

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/v1/incidents')
export class IncidentsController {
  constructor(
    @Inject(IncidentService) private readonly incidents: IncidentService,
    @Inject(IncidentEvidenceService) private readonly evidence: IncidentEvidenceService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Incidents, newest first (keyset paging with beforeId); an operator sees its own' })
  @ApiQuery({ name: 'status', required: false })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'vehicleId', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'beforeId', required: false, type: Number })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(
    @Query(new ZodValidationPipe(incidentListQuery)) q: z.infer<typeof incidentListQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<{ items: IncidentSummary[] }> {
    return { items: await this.incidents.list(scope, { ...q, fromMs: q.from, toMs: q.to }) };
  }

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Open an incident by hand: { alertId } or { vehicleId, time }' })
  open(
    @Body(new ZodValidationPipe(openIncidentBody)) body: z.infer<typeof openIncidentBody>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<IncidentDetail> {
    return this.incidents.open(principal, scope, origin, body);
  }

  @Get(':id')
  @AnyRole()
  @ApiParam({ name: 'id', example: 1 })
  get(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentScope() scope: DataScope,
  ): Promise<IncidentDetail> {
    return this.incidents.detail(scope, id);
  }

  @Put(':id/report')
  @Allow(...WRITERS)
  @ApiOperation({
    summary: 'Collision report fields (operator or admin, while opened or drafting); omitted fields stay',
  })
  report(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @Body(new ZodValidationPipe(reportBody)) body: z.infer<typeof reportBody>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<IncidentDetail> {
    return this.incidents.updateReport(principal, scope, origin, id, body);
  }

  @Get(':id/evidence')
  @AnyRole()
  @ApiOperation({ summary: 'The locked samples and events of the window, with the digest chain' })
  evidenceOf(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentScope() scope: DataScope,
  ): Promise<IncidentEvidence> {
    return this.evidence.evidenceOf(scope, id);
  }

  @Get(':id/evidence/verify')
  @AnyRole()
  @ApiOperation({ summary: 'Recomputes the digest chain from the stored evidence rows' })
  verify(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentScope() scope: DataScope,
  ): Promise<EvidenceVerifyResult> {
    return this.evidence.verify(scope, id);
  }

  @Get(':id/export')
  @AnyRole()
  @ApiOperation({ summary: 'Machine-readable package: incident, evidence rows, CSV, digests (verify offline)' })
  async exportPackage(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EvidencePackage> {
    const pkg = await this.evidence.exportPackage(principal, scope, origin, id);
    res.setHeader('Content-Disposition', `attachment; filename="incident-${id}.json"`);
    return pkg;
  }

  @Get(':id/attachments')
  @AnyRole()
  attachments(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentScope() scope: DataScope,
  ): Promise<IncidentAttachment[]> {
    return this.evidence.listAttachments(scope, id);
  }

  @Get(':id/attachments/:attachmentId')
  @AnyRole()
  @ApiOperation({ summary: 'The attached file as uploaded (X-Content-SHA256 carries its digest)' })
  async attachment(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @Param('attachmentId', new ZodValidationPipe(attachmentIdParam)) attachmentId: number,
    @CurrentScope() scope: DataScope,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, bytes } = await this.evidence.attachment(scope, id, attachmentId);
    res.setHeader('X-Content-SHA256', attachment.sha256);
    return new StreamableFile(bytes, {
      type: attachment.contentType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      length: bytes.byteLength,
    });
  }

  @Post(':id/attachments')
  @Allow(...WRITERS)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MULTIPART_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiOperation({ summary: 'Attach a file: multipart field "file", or JSON { fileName, contentType, contentBase64 }' })
  addAttachment(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @UploadedFile() part: UploadedPart | undefined,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<IncidentAttachment> {
    const file = part
      ? { fileName: part.originalname, contentType: part.mimetype, bytes: part.buffer }
      : this.jsonFile(body);
    return this.evidence.addAttachment(principal, scope, origin, id, file);
  }

  @Post(':id/:step')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiParam({ name: 'id', example: 1 })
  @ApiParam({ name: 'step', enum: INCIDENT_STEPS })
  @ApiOperation({ summary: 'Workflow: draft, submit (operator); review, return, close (regulator); with a note' })
  step(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @Param('step', new ZodValidationPipe(stepParam)) step: IncidentStep,
    @Body(new ZodValidationPipe(stepBody)) body: z.infer<typeof stepBody>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<IncidentDetail> {
    return this.incidents.step(principal, scope, origin, id, step, body.note, body.atFault);
  }

  @Delete(':id')
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Always refused (legal hold) and audited: 409 for the admin, 403 for anyone else' })
  deleteIncident(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<never> {
    return this.evidence.refuseDelete(principal, scope, origin, id, 'incident');
  }

  @Delete(':id/evidence')
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Always refused (legal hold) and audited: 409 for the admin, 403 for anyone else' })
  deleteEvidence(
    @Param('id', new ZodValidationPipe(incidentIdParam)) id: number,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<never> {
    return this.evidence.refuseDelete(principal, scope, origin, id, 'evidence');
  }

  private jsonFile(body: unknown): { fileName: string; contentType: string; bytes: Uint8Array } {
    const parsed = attachmentBody.safeParse(body);
    if (!parsed.success)
      throw new ApiError(
        'invalid_request',
        'send multipart field "file", or JSON { fileName, contentType, contentBase64 }',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    const { fileName, contentType, contentBase64 } = parsed.data;
    return { fileName, contentType, bytes: Buffer.from(contentBase64, 'base64') };
  }
}
