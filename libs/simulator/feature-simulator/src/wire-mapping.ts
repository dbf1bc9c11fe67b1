import {
  CONTROL_MODES,
  EVENT_KINDS,
  INITIATORS,
  type ControlModeName,
  type EventKindName,
  type InitiatorName,
} from '@fleet/telemetry-contract';

// The label lists are ordered by wire number (index + 1), which the contract's own tests pin down.
export function controlModeWire(name: ControlModeName): number {
  return CONTROL_MODES.indexOf(name) + 1;
}

export function eventKindWire(name: EventKindName): number {
  return EVENT_KINDS.indexOf(name) + 1;
}

export function initiatorWire(name: InitiatorName | undefined): number {
  return name === undefined ? 0 : INITIATORS.indexOf(name) + 1;
}

/** GB/T 32960 level 0–3 to the wire enum (which reserves 0 for "not reported"). */
export function faultLevelWire(level: 0 | 1 | 2 | 3): number {
  return level + 1;
}
