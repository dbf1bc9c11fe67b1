import { AuditService, CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, OVERSIGHT } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { EnterpriseRepository, type Enterprise } from '@fleet/fleet-registry';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { newEnterprise } from './registry-requests.js';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('api/v1/enterprises')
export class EnterprisesController {
  constructor(
    @Inject(EnterpriseRepository) private readonly enterprises: EnterpriseRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Test entities (测试主体) with their vehicle counts; an operator sees its own' })
  async list(@CurrentScope() scope: DataScope): Promise<{ items: Enterprise[] }> {
    return { items: await this.enterprises.list(scope) };
  }

  @Post()
  @Allow(...OVERSIGHT)
  @ApiOperation({ summary: 'Register a test entity' })
  async create(
    @Body(new ZodValidationPipe(newEnterprise)) body: z.infer<typeof newEnterprise>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<Enterprise> {
    if (!(await this.enterprises.create(body))) throw new ApiError('conflict', `enterprise ${body.id} exists`);
    await this.audit.record(principal, origin, {
      action: 'enterprise.register',
      target: { type: 'enterprise', id: body.id },
    });
    return { ...body, vehicles: 0 };
  }
}
