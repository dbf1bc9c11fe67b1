import { ALERT_STATUSES, type AlertView } from '@fleet/alerts-model';
import { PERMIT_STAGES, PERMIT_STATUSES, type Permit, type ZoneFeatureCollection } from '@fleet/registry-model';
import { SEVERITIES } from '@fleet/rules';
import type { UnresolvedAlertCounts } from './compliance-types.js';
import { isNumberOrNull, isRecord, isString, isStringArray, isStringOrNull, oneOf } from './guard-primitives.js';

/**
 * An alert as the API sends it. The kind is only checked to be a string: a kind added on the server before the
 * console knows it is shown raw rather than dropping the whole list.
 */
export function isAlertView(v: unknown): v is AlertView {
  return (
    isRecord(v) &&
    typeof v['id'] === 'number' &&
    isString(v['vehicleId']) &&
    isString(v['enterpriseId']) &&
    isString(v['kind']) &&
    oneOf(SEVERITIES, v['severity']) &&
    oneOf(ALERT_STATUSES, v['status']) &&
    isString(v['raisedAt']) &&
    isString(v['lastRaisedAt']) &&
    typeof v['occurrences'] === 'number' &&
    isString(v['detail']) &&
    isRecord(v['facts']) &&
    isNumberOrNull(v['latDeg']) &&
    isNumberOrNull(v['lonDeg']) &&
    isStringOrNull(v['permitId']) &&
    isStringOrNull(v['clearedAt']) &&
    isStringOrNull(v['acknowledgedAt']) &&
    isStringOrNull(v['acknowledgedBy']) &&
    isStringOrNull(v['acknowledgeNote']) &&
    isStringOrNull(v['resolvedAt']) &&
    isStringOrNull(v['resolvedBy']) &&
    isStringOrNull(v['resolveNote']) &&
    isStringOrNull(v['escalatedAt'])
  );
}

function isUnresolvedCounts(v: unknown): v is UnresolvedAlertCounts {
  return isRecord(v) && SEVERITIES.every((s) => typeof v[s] === 'number');
}

/** The answer of `GET /api/v1/alerts`. */
export function isAlertList(v: unknown): v is { items: AlertView[]; unresolved: UnresolvedAlertCounts } {
  return (
    isRecord(v) && Array.isArray(v['items']) && v['items'].every(isAlertView) && isUnresolvedCounts(v['unresolved'])
  );
}

const isTimeWindow = (v: unknown) => isRecord(v) && isString(v['start']) && isString(v['end']);

export function isPermit(v: unknown): v is Permit {
  return (
    isRecord(v) &&
    isString(v['id']) &&
    isString(v['enterpriseId']) &&
    oneOf(PERMIT_STAGES, v['stage']) &&
    isStringArray(v['vehicleIds']) &&
    isStringArray(v['zoneIds']) &&
    Array.isArray(v['timeWindows']) &&
    v['timeWindows'].every(isTimeWindow) &&
    typeof v['speedCapKph'] === 'number' &&
    isString(v['weatherNote']) &&
    isString(v['validFrom']) &&
    isString(v['validTo']) &&
    typeof v['insuredAmountCny'] === 'number' &&
    typeof v['safetyOfficerRequired'] === 'boolean' &&
    typeof v['driverlessAllowed'] === 'boolean' &&
    oneOf(PERMIT_STATUSES, v['status']) &&
    isStringOrNull(v['statusReason']) &&
    isStringOrNull(v['statusChangedAt']) &&
    isStringOrNull(v['statusChangedBy'])
  );
}

const ZONE_GEOMETRIES: readonly string[] = ['Polygon', 'MultiPolygon', 'LineString'];

/** A FeatureCollection of zones: each feature an area or a corridor with its id and names (coordinates trusted). */
export function isZoneFeatureCollection(v: unknown): v is ZoneFeatureCollection {
  return (
    isRecord(v) &&
    v['type'] === 'FeatureCollection' &&
    Array.isArray(v['features']) &&
    v['features'].every(
      (f) =>
        isRecord(f) &&
        f['type'] === 'Feature' &&
        isRecord(f['geometry']) &&
        oneOf(ZONE_GEOMETRIES, f['geometry']['type']) &&
        Array.isArray(f['geometry']['coordinates']) &&
        isRecord(f['properties']) &&
        isString(f['properties']['id']) &&
        isString(f['properties']['name_zh']) &&
        isString(f['properties']['name_en']) &&
        isNumberOrNull(f['properties']['corridor_width_m'] ?? null),
    )
  );
}
