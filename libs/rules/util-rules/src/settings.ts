import { CONTROL_MODES, type ControlModeName } from '@fleet/telemetry-contract';

/** Every threshold of the live rules, in one place. Plain JSON data, so it can come from configuration. */
export type RuleSettings = {
  /**
   * Control modes in which the vehicle operates under its permit. The permit-scoped rules (permit standing,
   * geofence, time window, speed cap, driverless, safety officer) apply only in these modes: a test vehicle
   * driven by hand is an ordinary car. Add `manual` or `assisted` here to hold human driving to the permit too.
   */
  permitControlModes: readonly ControlModeName[];
  /** Offset of the pilot zone's local time from UTC (Asia/Shanghai, UTC+8, no daylight saving). */
  localUtcOffsetMs: number;
  /** Geofence raise threshold: outside the union of zones by more than this (GNSS error plus lane width). */
  geofenceExitMarginM: number;
  /**
   * Geofence clear threshold: back inside by at least this much. The band between this and the exit margin is
   * the hysteresis; keep it well under half of the narrowest corridor, or a corridor exit can never clear.
   */
  geofenceReentryDepthM: number;
  /** Consecutive samples beyond a geofence threshold before raising or clearing (filters single GNSS jumps). */
  geofenceConfirmSamples: number;
  /** Allowance above the permit's speed cap before a sample counts as over speed (speedometer and GNSS error). */
  overSpeedToleranceKph: number;
  /** Over-speed must last this long to raise, and being back under must last this long to clear. */
  overSpeedMinDurationMs: number;
  /** Above this speed a vehicle counts as moving (below it: GNSS drift while standing). */
  movingSpeedMps: number;
  /** Silence after which an active, online vehicle counts as lost (platform clock). */
  communicationLossAfterMs: number;
  /** Fastest a vehicle can physically move; a faster implied speed between samples is a position jump. */
  maxPlausibleSpeedMps: number;
  /** Position error allowed on top of `maxPlausibleSpeedMps` × elapsed time (GNSS noise, 10 Hz samples). */
  positionNoiseM: number;
  /** Largest accepted |received − observed| time of a live sample (network delay and batching included). */
  maxClockSkewMs: number;
  /** Consecutive samples beyond (or back within) the clock-skew limit before raising (or clearing). */
  clockSkewConfirmSamples: number;
  /** One-off events of the same kind within this time are one alert (MQTT QoS 1 redelivers; crashes echo). */
  duplicateEventWindowMs: number;
  /** A remote safety officer may supervise at most this many driverless vehicles at once. */
  maxDriverlessPerRemoteOfficer: number;
  /** A vehicle not reported for this long no longer counts towards its remote officer's load. */
  remoteOfficerStaleAfterMs: number;
};

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  permitControlModes: ['automated', 'remote', 'minimal_risk'],
  localUtcOffsetMs: 8 * 3_600_000,
  geofenceExitMarginM: 15,
  geofenceReentryDepthM: 0,
  geofenceConfirmSamples: 3,
  overSpeedToleranceKph: 2,
  overSpeedMinDurationMs: 3_000,
  movingSpeedMps: 0.5,
  communicationLossAfterMs: 30_000,
  maxPlausibleSpeedMps: 70,
  positionNoiseM: 25,
  maxClockSkewMs: 10_000,
  clockSkewConfirmSamples: 3,
  duplicateEventWindowMs: 5_000,
  maxDriverlessPerRemoteOfficer: 3,
  remoteOfficerStaleAfterMs: 60_000,
};

/** Every problem with a settings object, for a start-up check that lists them all; empty when usable. */
export function ruleSettingsProblems(settings: RuleSettings): string[] {
  const problems: string[] = [];
  const atLeast = (name: keyof RuleSettings, value: number, min: number, integer = false): void => {
    if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      problems.push(`${name} must be ${integer ? 'an integer' : 'a finite number'} >= ${min}, got ${value}`);
    }
  };
  for (const mode of settings.permitControlModes) {
    if (!(CONTROL_MODES as readonly string[]).includes(mode)) problems.push(`unknown control mode ${mode}`);
  }
  if (settings.permitControlModes.length === 0) problems.push('permitControlModes must name at least one mode');
  if (!Number.isFinite(settings.localUtcOffsetMs) || Math.abs(settings.localUtcOffsetMs) > 14 * 3_600_000) {
    problems.push(`localUtcOffsetMs must be within ±14 h, got ${settings.localUtcOffsetMs}`);
  }
  atLeast('geofenceExitMarginM', settings.geofenceExitMarginM, 0);
  atLeast('geofenceReentryDepthM', settings.geofenceReentryDepthM, 0);
  atLeast('geofenceConfirmSamples', settings.geofenceConfirmSamples, 1, true);
  atLeast('overSpeedToleranceKph', settings.overSpeedToleranceKph, 0);
  atLeast('overSpeedMinDurationMs', settings.overSpeedMinDurationMs, 0);
  atLeast('movingSpeedMps', settings.movingSpeedMps, 0);
  atLeast('communicationLossAfterMs', settings.communicationLossAfterMs, 1);
  atLeast('maxPlausibleSpeedMps', settings.maxPlausibleSpeedMps, 1);
  atLeast('positionNoiseM', settings.positionNoiseM, 0);
  atLeast('maxClockSkewMs', settings.maxClockSkewMs, 1);
  atLeast('clockSkewConfirmSamples', settings.clockSkewConfirmSamples, 1, true);
  atLeast('duplicateEventWindowMs', settings.duplicateEventWindowMs, 0);
  atLeast('maxDriverlessPerRemoteOfficer', settings.maxDriverlessPerRemoteOfficer, 1, true);
  atLeast('remoteOfficerStaleAfterMs', settings.remoteOfficerStaleAfterMs, 1);
  return problems;
}
