import type { AlertView } from '@fleet/alerts-model';
import { AlertRepository } from '@fleet/alerts-data';
import { CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, WRITERS } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import type { Severity } from '@fleet/rules';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { alertIdParam, alertListQuery, alertNote, alertStep } from './alert-requests.js';
import { ALERT_STEPS, AlertWorkflowService, type AlertStep } from './alert-workflow.service.js';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/v1/alerts')
export class AlertsController {
  constructor(
    @Inject(AlertRepository) private readonly alerts: AlertRepository,
    @Inject(AlertWorkflowService) private readonly workflow: AlertWorkflowService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Alerts, newest first (keyset paging with beforeId); an operator sees its own' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'acknowledged', 'resolved'] })
  @ApiQuery({ name: 'severity', required: false, enum: ['info', 'warning', 'critical'] })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'vehicleId', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'beforeId', required: false, type: Number })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(
    @Query(new ZodValidationPipe(alertListQuery)) q: z.infer<typeof alertListQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<{ items: AlertView[]; unresolved: Record<Severity, number> }> {
    const [items, unresolved] = await Promise.all([
      this.alerts.list(scope, { ...q, fromMs: q.from, toMs: q.to }),
      this.alerts.unresolvedCounts(scope),
    ]);
    return { items, unresolved };
  }

  @Get(':id')
  @AnyRole()
  @ApiParam({ name: 'id', example: 1 })
  async get(
    @Param('id', new ZodValidationPipe(alertIdParam)) id: number,
    @CurrentScope() scope: DataScope,
  ): Promise<AlertView> {
    const alert = await this.alerts.get(scope, id);
    if (!alert) throw new ApiError('not_found', `alert ${id} not found`);
    return alert;
  }

  @Post(':id/:step')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiParam({ name: 'id', example: 1 })
  @ApiParam({ name: 'step', enum: ALERT_STEPS })
  @ApiOperation({ summary: 'acknowledge an open alert, or resolve an open or acknowledged one, with a note' })
  step(
    @Param('id', new ZodValidationPipe(alertIdParam)) id: number,
    @Param('step', new ZodValidationPipe(alertStep)) step: AlertStep,
    @Body(new ZodValidationPipe(alertNote)) body: z.infer<typeof alertNote>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<AlertView> {
    return this.workflow.step(step, principal, scope, id, body.note, origin);
  }
}
