import type { AlertKind } from '../alert-kinds.js';
import { severityOf } from '../alert-kinds.js';
import { emitEvent, type Evaluation } from '../evaluation.js';
import type { EventFacts } from '../facts.js';
import type { RuleSettings } from '../settings.js';
import type { VehicleRuleState } from '../state.js';

export type OneOffKind = Extract<AlertKind, 'disengagement' | 'emergency_braking' | 'collision' | 'near_miss'>;

/**
 * Events that happened once: raised, never cleared. Within `duplicateEventWindowMs` of the last raise of the same
 * kind (by observation time) the event is the same one again: MQTT QoS 1 redelivers, and a crash can be reported
 * by several subsystems. Re-sent (buffered) events still raise: a collision during a connectivity gap is exactly
 * what the regulator must learn about, late or not; the alert carries its real time and `resent: true`.
 */
export function checkOneOffEvent(
  ev: Evaluation,
  lastEventMs: VehicleRuleState['lastEventMs'],
  kind: OneOffKind,
  event: EventFacts,
  settings: RuleSettings,
): VehicleRuleState['lastEventMs'] {
  const last = lastEventMs[kind];
  if (last !== undefined && Math.abs(event.timeMs - last) < settings.duplicateEventWindowMs) return lastEventMs;
  emitEvent(ev, kind, event.timeMs, {
    severity: kind === 'disengagement' ? severityOf(kind, { initiator: event.initiator }) : severityOf(kind),
    detail: event.detail === '' ? kind.replaceAll('_', ' ') : event.detail,
    facts: {
      initiator: event.initiator,
      latDeg: event.latDeg,
      lonDeg: event.lonDeg,
      resent: event.resent,
      receivedMs: event.receivedMs,
    },
  });
  return { ...lastEventMs, [kind]: Math.max(last ?? event.timeMs, event.timeMs) };
}
