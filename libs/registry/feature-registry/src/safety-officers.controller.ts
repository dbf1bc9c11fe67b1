import { AuditService, CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, WRITERS } from '@fleet/auth-access';
import { scopeIncludes, type DataScope } from '@fleet/auth-model';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { SafetyOfficerRepository } from '@fleet/registry-data';
import type { SafetyOfficer } from '@fleet/registry-model';
import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { newSafetyOfficer } from './registry-requests.js';

@ApiTags('safety officers')
@ApiBearerAuth()
@Controller('api/v1/safety-officers')
export class SafetyOfficersController {
  constructor(
    @Inject(SafetyOfficerRepository) private readonly officers: SafetyOfficerRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Safety officers (an operator sees its own enterprise’s)' })
  async list(@CurrentScope() scope: DataScope): Promise<{ items: SafetyOfficer[] }> {
    return { items: await this.officers.list(scope) };
  }

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: 'Register or update a safety officer; an operator only for its own enterprise' })
  async register(
    @Body(new ZodValidationPipe(newSafetyOfficer)) body: z.infer<typeof newSafetyOfficer>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<SafetyOfficer> {
    if (!scopeIncludes(scope, body.enterpriseId)) throw new ApiError('forbidden', 'not your enterprise');
    await this.officers.upsert([body]);
    await this.audit.record(principal, origin, {
      action: 'safety_officer.register',
      target: { type: 'safety_officer', id: body.id },
      details: { enterpriseId: body.enterpriseId },
    });
    return body;
  }
}
