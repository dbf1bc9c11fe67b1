import type { EventKindName, InitiatorName } from '@fleet/telemetry-contract';

/** An event a simulated vehicle raised, before it gets a sequence number, position and wire encoding. */
export type SimEvent = {
  kind: EventKindName;
  timeMs: number;
  initiator?: InitiatorName;
  detail: string;
  responseTimeMs?: number;
  /** GB/T 32960 level 0–3, for fault events. */
  faultLevel?: 0 | 1 | 2 | 3;
  faultCodes?: string[];
};
