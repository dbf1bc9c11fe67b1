import { AdminHttp } from '@fleet/console-admin-api';
import type { Coverage, Dashboard, PeriodicReport, PromotionResponse } from '@fleet/reports-model';
import { reportParams, type PromotionQuery, type ReportFile, type ReportQuery } from './report-query.js';
import { isCoverage, isDashboard, isPeriodicReport, isPromotionResponse } from './reports-guards.js';

export const REPORTS_PATH = '/api/v1/reports';
export const PROMOTION_PATH = '/api/v1/promotion';
const CSV = 'text/csv';

/**
 * The figures regulators decide with (dashboard, coverage, periodic report, disengagement log, promotion check).
 * Every role may read them; the server cuts them to an operator's own enterprise whatever is asked.
 */
export class ReportsApi {
  constructor(private readonly http: AdminHttp) {}

  dashboard(query: ReportQuery, signal?: AbortSignal): Promise<Dashboard> {
    return this.http.json('GET', `${REPORTS_PATH}/dashboard?${reportParams(query)}`, isDashboard, undefined, signal);
  }

  coverage(query: ReportQuery, signal?: AbortSignal): Promise<Coverage> {
    return this.http.json('GET', `${REPORTS_PATH}/coverage?${reportParams(query)}`, isCoverage, undefined, signal);
  }

  /** The periodic report of one enterprise (an operator's own when it names none). */
  periodic(query: ReportQuery, signal?: AbortSignal): Promise<PeriodicReport> {
    const path = `${REPORTS_PATH}/periodic?${reportParams(query)}`;
    return this.http.json('GET', path, isPeriodicReport, undefined, signal);
  }

  periodicCsv(query: ReportQuery, signal?: AbortSignal): Promise<ReportFile> {
    return this.http.file(`${REPORTS_PATH}/periodic.csv?${reportParams(query)}`, CSV, signal);
  }

  /** The disengagement log (California DMV's columns) of the period; an operator's own enterprise only. */
  disengagementsCsv(query: ReportQuery, signal?: AbortSignal): Promise<ReportFile> {
    return this.http.file(`${REPORTS_PATH}/disengagements.csv?${reportParams(query)}`, CSV, signal);
  }

  promotion(query: PromotionQuery, signal?: AbortSignal): Promise<PromotionResponse> {
    const params = new URLSearchParams();
    if (query.enterpriseId) params.set('enterprise', query.enterpriseId);
    if (query.vehicleId) params.set('vehicleId', query.vehicleId);
    const qs = params.toString();
    const path = qs ? `${PROMOTION_PATH}?${qs}` : PROMOTION_PATH;
    return this.http.json('GET', path, isPromotionResponse, undefined, signal);
  }
}

/** `fetchFn` is meant to be the session's `authorizedFetch`; `baseUrl` empty: the page's own origin. */
export function createReportsApi(fetchFn: typeof fetch, baseUrl = ''): ReportsApi {
  return new ReportsApi(new AdminHttp(fetchFn, baseUrl));
}
