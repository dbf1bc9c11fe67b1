import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, ruleSettingsProblems } from './settings.js';

describe(ruleSettingsProblems.name, () => {
  it('finds nothing wrong with the defaults', () => {
    expect(ruleSettingsProblems(DEFAULT_RULE_SETTINGS)).toEqual([]);
  });

  it('survives JSON, so the settings can come from configuration', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_RULE_SETTINGS))).toEqual(DEFAULT_RULE_SETTINGS);
  });

  it('lists every problem at once', () => {
    const problems = ruleSettingsProblems({
      ...DEFAULT_RULE_SETTINGS,
      permitControlModes: ['automated', 'flying' as 'automated'],
      geofenceConfirmSamples: 1.5,
      communicationLossAfterMs: 0,
      localUtcOffsetMs: 20 * 3_600_000,
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/flying/);
    expect(problems.join('\n')).toMatch(/geofenceConfirmSamples must be an integer/);
  });
});
