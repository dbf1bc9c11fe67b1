import type { Coverage, Dashboard, PeriodicReport, PromotionResponse } from '@fleet/reports-model';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasArrays = (v: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => Array.isArray(v[k]));

/*
 * Shape checks of the answers: enough to catch a proxy's error page or a server of another version, not a full
 * validation (the server is typed from the same model).
 */

export function isDashboard(v: unknown): v is Dashboard {
  return (
    isRecord(v) &&
    isRecord(v['meta']) &&
    isRecord(v['kpis']) &&
    isRecord(v['kpis']['today']) &&
    isRecord(v['kpis']['range']) &&
    hasArrays(v, ['autonomousKmPerDay', 'disengagementRates', 'alertsByKind', 'incidentsByKind', 'vehiclesOnline'])
  );
}

export function isCoverage(v: unknown): v is Coverage {
  return isRecord(v) && typeof v['cellDeg'] === 'number' && hasArrays(v, ['cells']);
}

export function isPeriodicReport(v: unknown): v is PeriodicReport {
  return (
    isRecord(v) &&
    isRecord(v['meta']) &&
    isRecord(v['totals']) &&
    typeof v['enterpriseId'] === 'string' &&
    hasArrays(v, ['vehicles', 'byZone', 'byCategory', 'incidentsByKind'])
  );
}

export function isPromotionResponse(v: unknown): v is PromotionResponse {
  return isRecord(v) && isRecord(v['thresholds']) && hasArrays(v, ['items']);
}
