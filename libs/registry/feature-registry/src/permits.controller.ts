import { CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, OVERSIGHT } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { PermitRepository } from '@fleet/registry-data';
import type { Permit } from '@fleet/registry-model';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { PermitService, type PermitAction } from './permit.service.js';
import { newPermitRequest, permitIdParam, permitListQuery, permitStatusChange } from './registry-requests.js';

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

  @Post(':id/suspend')
  @HttpCode(200)
  @Allow(...OVERSIGHT)
  @ApiParam({ name: 'id', example: 'SH-JD-2026-001' })
  @ApiOperation({ summary: 'Suspend a permit with a reason; takes effect on the vehicles’ next samples' })
  suspend(
    @Param('id', new ZodValidationPipe(permitIdParam)) id: string,
    @Body(new ZodValidationPipe(permitStatusChange)) body: z.infer<typeof permitStatusChange>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<Permit> {
    return this.act('suspend', id, body.reason, principal, scope, origin);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Allow(...OVERSIGHT)
  @ApiParam({ name: 'id', example: 'SH-JD-2026-001' })
  @ApiOperation({ summary: 'Lift a suspension' })
  reinstate(
    @Param('id', new ZodValidationPipe(permitIdParam)) id: string,
    @Body(new ZodValidationPipe(permitStatusChange)) body: z.infer<typeof permitStatusChange>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<Permit> {
    return this.act('reinstate', id, body.reason, principal, scope, origin);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Allow(...OVERSIGHT)
  @ApiParam({ name: 'id', example: 'SH-JD-2026-001' })
  @ApiOperation({ summary: 'Revoke a permit for good' })
  revoke(
    @Param('id', new ZodValidationPipe(permitIdParam)) id: string,
    @Body(new ZodValidationPipe(permitStatusChange)) body: z.infer<typeof permitStatusChange>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<Permit> {
    return this.act('revoke', id, body.reason, principal, scope, origin);
  }

  private act(
    action: PermitAction,
    id: string,
    reason: string,
    principal: Principal,
    scope: DataScope,
    origin: RequestOrigin,
  ): Promise<Permit> {
    return this.service.change(principal, scope, id, action, reason, origin);
  }
}
