/**
 * Stable lower-case names for the contract's enums, as stored in the database and sent to the console.
 * Index = the enum's wire number; the zero (unspecified) value has no name because the platform rejects it.
 */
export const CONTROL_MODES = ['manual', 'assisted', 'automated', 'remote', 'minimal_risk'] as const;
export type ControlModeName = (typeof CONTROL_MODES)[number];

export const EVENT_KINDS = [
  'engagement',
  'disengagement',
  'takeover_request',
  'minimal_risk_started',
  'minimal_risk_ended',
  'emergency_braking',
  'collision',
  'near_miss',
  'localization_lost',
  'localization_recovered',
  'remote_command_received',
  'fault',
  'fault_cleared',
] as const;
export type EventKindName = (typeof EVENT_KINDS)[number];

export const INITIATORS = ['system', 'safety_officer', 'remote_operator', 'passenger'] as const;
export type InitiatorName = (typeof INITIATORS)[number];

/** Maps a wire enum number (1-based, 0 = unspecified) to its name, or undefined when out of range. */
export function enumName<T extends string>(names: readonly T[], wireValue: number | null | undefined): T | undefined {
  if (wireValue === null || wireValue === undefined || wireValue < 1) return undefined;
  return names[wireValue - 1];
}

/** GB/T 32960 alarm level (0–3) from the wire's FaultLevel (1–4); undefined when not reported. */
export function faultLevelNumber(wireValue: number | null | undefined): 0 | 1 | 2 | 3 | undefined {
  if (wireValue === null || wireValue === undefined || wireValue < 1 || wireValue > 4) return undefined;
  return (wireValue - 1) as 0 | 1 | 2 | 3;
}
