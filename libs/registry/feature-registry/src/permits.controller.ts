import { CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, OVERSIGHT } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { PermitRepository } from '@fleet/registry-data';
import type { Permit } from '@fleet/registry-model';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PERMIT_ACTIONS, PermitService, type PermitAction } from './permit.service.js';
import { z } from 'zod';
import { newPermitRequest, permitIdParam, permitListQuery, permitStatusChange } from './registry-requests.js';

const permitAction = z.enum(PERMIT_ACTIONS);

@ApiTags('permits')
@ApiBearerAuth()
@Controller('api/v1/permits')
export class PermitsController {
  constructor(
    @Inject(PermitRepository) private readonly permits: PermitRepository,
    @Inject(PermitService) private readonly service: PermitService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Permits (an operator sees its own enterprise’s)' })
  @ApiQuery({ name: 'status', required: false, enum: ['active', 'suspended', 'revoked', 'expired'] })
  @ApiQuery({ name: 'vehicleId', required: false })
  async list(
    @Query(new ZodValidationPipe(permitListQuery)) query: z.infer<typeof permitListQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<{ items: Permit[] }> {
    return { items: await this.permits.list(scope, query) };
  }

  @Get(':id')
  @AnyRole()
  @ApiParam({ name: 'id', example: 'SH-JD-2026-001' })
  async get(
    @Param('id', new ZodValidationPipe(permitIdParam)) id: string,
    @CurrentScope() scope: DataScope,
  ): Promise<Permit> {
    const permit = await this.permits.get(scope, id);
    if (!permit) throw new ApiError('not_found', `permit ${id} not found`);
    return permit;
  }

  @Post()
  @Allow(...OVERSIGHT)
  @ApiOperation({ summary: 'Grant a permit: stage, vehicles, zones, hours, speed cap, validity, insurance, flags' })
  create(
    @Body(new ZodValidationPipe(newPermitRequest)) body: z.infer<typeof newPermitRequest>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<Permit> {
    return this.service.create(principal, body, origin);
  }

  @Post(':id/:action')
  @HttpCode(200)
  @Allow(...OVERSIGHT)
  @ApiParam({ name: 'id', example: 'SH-JD-2026-001' })
  @ApiParam({ name: 'action', enum: PERMIT_ACTIONS })
  @ApiOperation({
    summary: 'suspend, reinstate or revoke a permit with a reason; takes effect on the vehicles’ next samples',
  })
  act(
    @Param('id', new ZodValidationPipe(permitIdParam)) id: string,
    @Param('action', new ZodValidationPipe(permitAction)) action: PermitAction,
    @Body(new ZodValidationPipe(permitStatusChange)) body: z.infer<typeof permitStatusChange>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<Permit> {
    return this.service.change(principal, scope, id, action, body.reason, origin);
  }
}
