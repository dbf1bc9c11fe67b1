import type { ControlModeName } from '@fleet/telemetry-contract';
import type { SampleFacts } from './facts.js';
import type { RuleSettings } from './settings.js';

/** Whether the vehicle is operating under its permit in this mode (automation or remote driving by default). */
export function underPermit(mode: ControlModeName, settings: RuleSettings): boolean {
  return settings.permitControlModes.includes(mode);
}

/** A person on board drives (no automated system is in charge). */
export function humanDriven(mode: ControlModeName): boolean {
  return mode === 'manual' || mode === 'assisted';
}

/** Terminals send an empty string for "nobody"; blanks count as nobody too. */
export function presentId(id: string | null): string | null {
  const trimmed = id?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Running under the permit with no safety officer on board. */
export function isDriverless(
  sample: Pick<SampleFacts, 'controlMode' | 'safetyOfficerId'>,
  settings: RuleSettings,
): boolean {
  return underPermit(sample.controlMode, settings) && presentId(sample.safetyOfficerId) === null;
}

/** Moving or under automation: a vehicle whose silence is a communication loss, not a parked car switched off. */
export function isActive(sample: Pick<SampleFacts, 'controlMode' | 'speedMps'>, settings: RuleSettings): boolean {
  return underPermit(sample.controlMode, settings) || sample.speedMps > settings.movingSpeedMps;
}
