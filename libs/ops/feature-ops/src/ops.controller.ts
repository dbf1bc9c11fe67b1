import { Public } from '@fleet/auth-access';
import { Metrics } from '@fleet/metrics';
import { Controller, Get, Header, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthRegistry } from './health-registry.js';

@ApiTags('ops')
@Controller()
export class OpsController {
  constructor(
    @Inject(HealthRegistry) private readonly health: HealthRegistry,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  /** 200 when every registered check passes, 503 otherwise; the body says which failed. */
  @Get('health')
  @Public('liveness and readiness probes; the body names checks, never fleet data')
  @ApiOkResponse({ description: 'All checks pass (database, broker connection, …)' })
  async getHealth(@Res() res: Response): Promise<void> {
    const report = await this.health.report();
    res.status(report.ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
  }

  @Get('metrics')
  @Public('Prometheus scraping; counters carry reasons and totals, never vehicle or enterprise labels')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  getMetrics(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
