import type { AlertKind, Severity } from './alert-kinds.js';

/** A value worth storing with an alert: the numbers (and ids) that triggered it. */
export type FactValue = number | string | boolean | null;
export type Facts = Readonly<Record<string, FactValue>>;

/**
 * - `raise`: a condition started or an event happened; open an alert of this kind for this vehicle.
 * - `escalate`: the open alert of this kind became more severe (a fault going from level 1 to 3); update it.
 * - `clear`: the condition ended; close the open alert of this kind. Event kinds are never cleared.
 */
export type SignalAction = 'raise' | 'escalate' | 'clear';

/** One change of alert state for one vehicle. At most one alert per vehicle and condition kind is open at a time. */
export type RuleSignal = {
  vehicleId: string;
  kind: AlertKind;
  action: SignalAction;
  /** For raise and escalate the new severity; for clear the severity of the alert being closed. */
  severity: Severity;
  /**
   * When the change happened: the vehicle's observation time for changes judged from a sample or event; the
   * platform's clock for changes judged by time passing, by the broker or against the vehicle's clock
   * (communication loss, remote officer load, clock skew).
   */
  timeMs: number;
  /** Short technical English for logs and the alert record; the console translates `kind` and reads `facts`. */
  detail: string;
  /** For raise and escalate: the values that triggered it; empty for clear. */
  facts: Facts;
};
