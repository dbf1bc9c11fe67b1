import { severityOf } from '../alert-kinds.js';
import { clear, type Evaluation, raise } from '../evaluation.js';
import type { FaultLevel } from '../facts.js';

/**
 * Sensor or system fault by GB/T 32960 level: level 1 info, 2 warning, 3 critical (see the severity table).
 * A higher level while open escalates the alert; a lower non-zero level keeps it at its worst until level 0
 * clears it. An unreported level (null) changes nothing.
 */
export function applyFaultLevel(ev: Evaluation, level: FaultLevel | null, timeMs: number, detail: string): void {
  if (level === null) return;
  if (level === 0) {
    clear(ev, 'fault', timeMs, 'fault level 0');
    return;
  }
  raise(ev, 'fault', timeMs, {
    severity: severityOf('fault', { faultLevel: level }),
    detail: detail === '' ? `fault level ${level}` : `fault level ${level}: ${detail}`,
    facts: { faultLevel: level },
  });
}
