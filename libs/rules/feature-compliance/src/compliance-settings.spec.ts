import { DEFAULT_RULE_SETTINGS } from '@fleet/rules';
import { describe, expect, it } from 'vitest';
import { ruleSettingsFrom } from './compliance-settings.js';

describe(ruleSettingsFrom.name, () => {
  it('uses the documented defaults and overrides the settings named', () => {
    expect(ruleSettingsFrom(undefined)).toBe(DEFAULT_RULE_SETTINGS);
    expect(ruleSettingsFrom('{"communicationLossAfterMs": 60000}')).toEqual({
      ...DEFAULT_RULE_SETTINGS,
      communicationLossAfterMs: 60_000,
    });
  });

  it('stops the start on bad JSON, unknown names and impossible values', () => {
    expect(() => ruleSettingsFrom('{')).toThrow(/not valid JSON/);
    expect(() => ruleSettingsFrom('{"speedLimit": 3}')).toThrow(/unknown settings: speedLimit/);
    expect(() => ruleSettingsFrom('{"overSpeedMinDurationMs": -1}')).toThrow(/overSpeedMinDurationMs/);
  });
});
