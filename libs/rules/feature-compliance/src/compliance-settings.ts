import { DEFAULT_RULE_SETTINGS, ruleSettingsProblems, type RuleSettings } from '@fleet/rules';

/**
 * The rule thresholds: DEFAULT_RULE_SETTINGS (libs/rules/util-rules/src/settings.ts, each documented there), with
 * overrides from RULE_SETTINGS as JSON, e.g. `{"communicationLossAfterMs": 60000}`. Bad overrides stop the start.
 */
export function ruleSettingsFrom(json: string | undefined): RuleSettings {
  if (!json) return DEFAULT_RULE_SETTINGS;
  let overrides: unknown;
  try {
    overrides = JSON.parse(json);
  } catch {
    throw new Error('RULE_SETTINGS is not valid JSON');
  }
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new Error('RULE_SETTINGS must be a JSON object of settings to override');
  }
  const unknown = Object.keys(overrides).filter((k) => !(k in DEFAULT_RULE_SETTINGS));
  if (unknown.length > 0) throw new Error(`RULE_SETTINGS names unknown settings: ${unknown.join(', ')}`);
  const settings = { ...DEFAULT_RULE_SETTINGS, ...(overrides as Partial<RuleSettings>) };
  const problems = ruleSettingsProblems(settings);
  if (problems.length > 0) throw new Error(`RULE_SETTINGS: ${problems.join('; ')}`);
  return settings;
}
