import { type AlertKind, type Severity, severityOf, severityRank } from './alert-kinds.js';
import type { Facts, RuleSignal } from './signal.js';
import type { OpenAlert, VehicleRuleState } from './state.js';

/**
 * Scratch space for one call: a private copy of the open-alert ledger plus the signals emitted so far.
 * Rules only say whether their condition holds; `raise` and `clear` turn that into at most one signal per change.
 */
export type Evaluation = {
  readonly vehicleId: string;
  readonly open: Partial<Record<AlertKind, OpenAlert>>;
  readonly signals: RuleSignal[];
};

export type RaiseInput = { detail: string; facts: Facts; severity?: Severity };

export function startEvaluation(state: VehicleRuleState): Evaluation {
  return { vehicleId: state.vehicle.vehicleId, open: { ...state.open }, signals: [] };
}

export function isOpen(ev: Evaluation, kind: AlertKind): boolean {
  return ev.open[kind] !== undefined;
}

export function openSince(ev: Evaluation, kind: AlertKind): number | null {
  return ev.open[kind]?.sinceMs ?? null;
}

/** Opens a condition unless it is already open; escalates it when the new severity is higher. */
export function raise(ev: Evaluation, kind: AlertKind, timeMs: number, input: RaiseInput): void {
  const severity = input.severity ?? severityOf(kind);
  const current = ev.open[kind];
  if (current && severityRank(severity) <= severityRank(current.severity)) return;
  ev.open[kind] = { sinceMs: current?.sinceMs ?? timeMs, severity };
  ev.signals.push({
    vehicleId: ev.vehicleId,
    kind,
    action: current ? 'escalate' : 'raise',
    severity,
    timeMs,
    detail: input.detail,
    facts: input.facts,
  });
}

/** Closes a condition if it is open. */
export function clear(ev: Evaluation, kind: AlertKind, timeMs: number, detail: string): void {
  const current = ev.open[kind];
  if (!current) return;
  delete ev.open[kind];
  ev.signals.push({
    vehicleId: ev.vehicleId,
    kind,
    action: 'clear',
    severity: current.severity,
    timeMs,
    detail,
    facts: {},
  });
}

/**
 * For mutually exclusive kinds with one cause (permit standing, crew): clears every other kind of the group,
 * then raises the active one. `active` null clears them all.
 */
export function holdOneOf(
  ev: Evaluation,
  group: readonly AlertKind[],
  active: { kind: AlertKind; input: RaiseInput } | null,
  timeMs: number,
  clearDetail: string,
): void {
  for (const kind of group) if (kind !== active?.kind) clear(ev, kind, timeMs, clearDetail);
  if (active) raise(ev, active.kind, timeMs, active.input);
}

/** Emits a one-off event alert; it enters no ledger because it is never cleared. */
export function emitEvent(ev: Evaluation, kind: AlertKind, timeMs: number, input: RaiseInput): void {
  ev.signals.push({
    vehicleId: ev.vehicleId,
    kind,
    action: 'raise',
    severity: input.severity ?? severityOf(kind),
    timeMs,
    detail: input.detail,
    facts: input.facts,
  });
}
