import type { PendingWrite } from '@fleet/ingest';
import type { EventFacts, FaultLevel, SampleFacts } from '@fleet/rules';

/** What the rules need to hear from a committed batch, in arrival order. */
export type RuleInput =
  | { type: 'sample'; vehicleId: string; sample: SampleFacts }
  | { type: 'event'; vehicleId: string; event: EventFacts }
  | { type: 'connectivity'; vehicleId: string; online: boolean; receivedMs: number };

function faultLevel(value: number | null): FaultLevel | null {
  return value === 0 || value === 1 || value === 2 || value === 3 ? value : null;
}

/** Turns committed writes into rule inputs; dead letters say nothing about a vehicle's conduct. */
export function ruleInputsOf(writes: readonly PendingWrite[]): RuleInput[] {
  const inputs: RuleInput[] = [];
  for (const w of writes) {
    switch (w.kind) {
      case 'telemetry':
        for (const s of w.batch.samples) {
          inputs.push({
            type: 'sample',
            vehicleId: w.batch.vehicleId,
            sample: {
              timeMs: s.timeMs,
              receivedMs: w.receivedMs,
              latDeg: s.latDeg,
              lonDeg: s.lonDeg,
              speedMps: s.speedMps,
              controlMode: s.controlMode,
              faultLevel: faultLevel(s.faultLevel),
              takeoverRequested: s.takeoverRequested,
              safetyOfficerId: s.safetyOfficerId,
              remoteOfficerId: s.remoteOfficerId,
              resent: w.batch.resent,
            },
          });
        }
        break;
      case 'event':
        inputs.push({
          type: 'event',
          vehicleId: w.event.vehicleId,
          event: {
            timeMs: w.event.timeMs,
            receivedMs: w.receivedMs,
            kind: w.event.kind,
            initiator: w.event.initiator,
            latDeg: w.event.latDeg,
            lonDeg: w.event.lonDeg,
            detail: w.event.detail,
            faultLevel: faultLevel(w.event.faultLevel),
            resent: w.event.resent,
          },
        });
        break;
      case 'status':
        inputs.push({
          type: 'connectivity',
          vehicleId: w.status.vehicleId,
          online: w.status.online,
          receivedMs: w.receivedMs,
        });
        break;
      case 'dead-letter':
        break;
    }
  }
  return inputs;
}
