import type { AlertView } from '@fleet/alerts-model';
import type { VehicleEventView } from '@fleet/fleet-model';
import type { TimelineMarker } from '../types/timeline-marker.js';

const SEVERE_EVENTS: ReadonlySet<string> = new Set([
  'collision',
  'minimal_risk_started',
  'emergency_braking',
  'near_miss',
]);

/** Timeline markers of a vehicle's events (a level-3 fault and the incident-worthy kinds are severe). */
export function eventMarkers(vehicleId: string, events: readonly VehicleEventView[]): TimelineMarker[] {
  return events.map((e, i) => ({
    key: `event:${vehicleId}:${e.timeMs}:${i}`,
    source: 'event',
    kind: e.kind,
    vehicleId,
    timeMs: e.timeMs,
    label: e.detail,
    severe: SEVERE_EVENTS.has(e.kind) || (e.kind === 'fault' && e.faultLevel === 3),
    position: e.lonDeg !== null && e.latDeg !== null ? ([e.lonDeg, e.latDeg] as const) : null,
  }));
}

/** Timeline markers of alerts, at the instant each was raised. */
export function alertMarkers(alerts: readonly AlertView[]): TimelineMarker[] {
  return alerts.map((a) => ({
    key: `alert:${a.id}`,
    source: 'alert',
    kind: a.kind,
    vehicleId: a.vehicleId,
    timeMs: Date.parse(a.raisedAt),
    label: a.detail,
    severe: a.severity === 'critical',
    position: a.lonDeg !== null && a.latDeg !== null ? ([a.lonDeg, a.latDeg] as const) : null,
  }));
}
