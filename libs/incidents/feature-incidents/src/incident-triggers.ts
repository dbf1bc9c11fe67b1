import type { PendingWrite } from '@fleet/ingest';
import type { AutoIncidentKind } from './incident-settings.js';

/** A vehicle event that opens an incident by itself. */
export type IncidentTrigger = { vehicleId: string; kind: AutoIncidentKind; timeMs: number; seq: number };

/**
 * The committed events that open incidents: a collision, a level-3 fault (GB/T 32960 "stop now / call rescue") and
 * the start of a minimal-risk manoeuvre. Re-sent (buffered) events count too: their window is in the past, so their
 * evidence is captured at the next check.
 */
export function incidentTriggersOf(
  writes: readonly PendingWrite[],
  openOn: readonly AutoIncidentKind[],
): IncidentTrigger[] {
  const triggers: IncidentTrigger[] = [];
  for (const w of writes) {
    if (w.kind !== 'event') continue;
    const e = w.event;
    const kind: AutoIncidentKind | null =
      e.kind === 'collision'
        ? 'collision'
        : e.kind === 'minimal_risk_started'
          ? 'minimal_risk_maneuver'
          : e.kind === 'fault' && e.faultLevel === 3
            ? 'fault_level_3'
            : null;
    if (kind && openOn.includes(kind)) triggers.push({ vehicleId: e.vehicleId, kind, timeMs: e.timeMs, seq: e.seq });
  }
  return triggers;
}
