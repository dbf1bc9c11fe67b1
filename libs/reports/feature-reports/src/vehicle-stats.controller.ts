import { CurrentScope } from '@fleet/auth';
import { AnyRole } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { ZodValidationPipe } from '@fleet/http';
import type { PromotionResponse, VehicleStats } from '@fleet/reports-model';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { PromotionService } from './promotion.service.js';
import { periodOf } from './report-period.js';
import { periodQuery, promotionQuery, vehicleIdParam } from './reports-requests.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1')
export class VehicleStatsController {
  constructor(
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(PromotionService) private readonly promotion: PromotionService,
  ) {}

  @Get('vehicles/:id/stats')
  @AnyRole()
  @ApiParam({ name: 'id', example: 'demo-001' })
  @ApiQuery({ name: 'from', required: false, description: 'ISO time, inclusive (default 30 days before `to`)' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO time, exclusive (default now)' })
  @ApiOperation({ summary: "A vehicle's figures: distance, autonomous distance and time, disengagements…" })
  stats(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @Query(new ZodValidationPipe(periodQuery)) q: z.infer<typeof periodQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<VehicleStats> {
    return this.reports.vehicleStats(scope, id, periodOf(q, Date.now(), { days: 30 }));
  }

  @Get('promotion')
  @AnyRole()
  @ApiQuery({ name: 'enterprise', required: false })
  @ApiQuery({ name: 'vehicleId', required: false })
  @ApiOperation({ summary: 'Promotion check (road testing → demonstration) per vehicle and permit' })
  check(
    @Query(new ZodValidationPipe(promotionQuery)) q: z.infer<typeof promotionQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<PromotionResponse> {
    return this.promotion.check(scope, { enterpriseId: q.enterprise, vehicleId: q.vehicleId }, Date.now());
  }
}
