import { AuditService, CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { Allow, AnyRole } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { ReportRawRepository, ReportsRefresher, type RefreshResult } from '@fleet/reports-data';
import type { Coverage, Dashboard, PeriodicReport } from '@fleet/reports-model';
import { Body, Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { disengagementCsv, periodicCsv, type CsvExport } from './report-exports.js';
import { periodOf } from './report-period.js';
import { endOfTestQuery, periodQuery, refreshBody } from './reports-requests.js';
import { ReportsService } from './reports.service.js';

type PeriodQuery = z.infer<typeof periodQuery>;

/** Sends a CSV with what it covers in headers and file name (the rows of our own formats carry it too). */
function sendCsv(res: Response, file: CsvExport): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('X-Report-Period', `${file.meta.from}/${file.meta.to}`);
  res.setHeader('X-Report-Generated-At', file.meta.generatedAt);
  res.setHeader('X-Report-Data', `${file.meta.dataFrom ?? ''}/${file.meta.dataTo ?? ''}`);
  if (file.meta.refreshedThrough) res.setHeader('X-Report-Refreshed-Through', file.meta.refreshedThrough);
  return file.csv;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(ReportRawRepository) private readonly raw: ReportRawRepository,
    @Inject(ReportsRefresher) private readonly refresher: ReportsRefresher,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The enterprise a periodic report is about: the one asked for, or an operator's own. */
  private enterpriseOf(scope: DataScope, q: PeriodQuery): string {
    const id = q.enterprise ?? (scope.kind === 'enterprise' ? scope.enterpriseId : undefined);
    if (!id) throw new ApiError('invalid_request', '`enterprise` is required');
    return id;
  }

  @Get('dashboard')
  @AnyRole()
  @ApiOperation({ summary: 'KPIs (today and the period, default 30 days) and chart series' })
  async dashboard(
    @Query(new ZodValidationPipe(periodQuery)) q: PeriodQuery,
    @CurrentScope() scope: DataScope,
  ): Promise<Dashboard> {
    const now = Date.now();
    return this.reports.dashboard(scope, q.enterprise ?? null, periodOf(q, now, { days: 30 }), now);
  }

  @Get('coverage')
  @AnyRole()
  @ApiOperation({ summary: 'Autonomous km per grid cell (heat map), local days overlapping the period' })
  coverage(
    @Query(new ZodValidationPipe(periodQuery)) q: PeriodQuery,
    @CurrentScope() scope: DataScope,
  ): Promise<Coverage> {
    return this.reports.coverage(scope, q.enterprise ?? null, periodOf(q, Date.now(), { days: 30 }));
  }

  @Get('periodic')
  @AnyRole()
  @ApiOperation({ summary: 'Periodic report of one enterprise (default: the last six months)' })
  periodic(
    @Query(new ZodValidationPipe(periodQuery)) q: PeriodQuery,
    @CurrentScope() scope: DataScope,
  ): Promise<PeriodicReport> {
    const period = periodOf(q, Date.now(), { months: this.reports.settings.periodMonths });
    return this.reports.periodic(scope, this.enterpriseOf(scope, q), period);
  }

  @Get('periodic.csv')
  @AnyRole()
  @ApiOperation({ summary: 'The periodic report as CSV, one row per vehicle' })
  async periodicCsv(
    @Query(new ZodValidationPipe(periodQuery)) q: PeriodQuery,
    @CurrentScope() scope: DataScope,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendCsv(res, periodicCsv(await this.periodic(q, scope)));
  }

  @Get('end-of-test')
  @AnyRole()
  @ApiQuery({ name: 'permit', required: true })
  @ApiOperation({ summary: "End-of-test summary: a permit's vehicles over its validity" })
  endOfTest(
    @Query(new ZodValidationPipe(endOfTestQuery)) q: z.infer<typeof endOfTestQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<PeriodicReport> {
    return this.reports.endOfTest(scope, q.permit, Date.now());
  }

  @Get('end-of-test.csv')
  @AnyRole()
  @ApiQuery({ name: 'permit', required: true })
  async endOfTestCsv(
    @Query(new ZodValidationPipe(endOfTestQuery)) q: z.infer<typeof endOfTestQuery>,
    @CurrentScope() scope: DataScope,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendCsv(res, periodicCsv(await this.endOfTest(q, scope)));
  }

  @Get('disengagements.csv')
  @AnyRole()
  @ApiOperation({ summary: "Disengagement log in California DMV's columns (default: the last six months)" })
  async disengagementsCsv(
    @Query(new ZodValidationPipe(periodQuery)) q: PeriodQuery,
    @CurrentScope() scope: DataScope,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const period = periodOf(q, Date.now(), { months: this.reports.settings.periodMonths });
    const rows = await this.raw.disengagements(scope, q.enterprise ?? null, period.fromMs, period.toMs);
    const meta = {
      from: new Date(period.fromMs).toISOString(),
      to: new Date(period.toMs).toISOString(),
      generatedAt: new Date().toISOString(),
      dataFrom: null,
      dataTo: null,
      refreshedThrough: null,
    };
    return sendCsv(res, disengagementCsv(rows, meta));
  }

  @Post('refresh')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({
    summary: 'Refresh the report aggregates now (they also refresh on a timer); `rebuild: true` recounts all history',
  })
  async refresh(
    @Body(new ZodValidationPipe(refreshBody)) body: z.infer<typeof refreshBody>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<RefreshResult> {
    const result = body.rebuild ? await this.refresher.rebuild() : await this.refresher.run();
    await this.audit.record(principal, origin, {
      action: body.rebuild ? 'reports.rebuild' : 'reports.refresh',
      details: { ran: result.ran, ranges: result.ranges.length, refreshedThrough: result.refreshedThrough },
    });
    return result;
  }
}
