import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS, reportSettingsFrom } from './report-settings.js';

describe(reportSettingsFrom.name, () => {
  it('overrides the defaults it is given, the promotion thresholds one by one', () => {
    const settings = reportSettingsFrom('{"gapS":5,"promotion":{"autonomousKm":500}}');
    expect(settings.gapS).toBe(5);
    expect(settings.maxSpeedMps).toBe(DEFAULT_REPORT_SETTINGS.maxSpeedMps);
    expect(settings.promotion).toEqual({ ...DEFAULT_REPORT_SETTINGS.promotion, autonomousKm: 500 });
    expect(reportSettingsFrom(undefined)).toBe(DEFAULT_REPORT_SETTINGS);
  });

  it('refuses bad values, naming every problem', () => {
    expect(() => reportSettingsFrom('{"gapS":-1,"promotion":{"autonomousHours":"x"},"typo":1}')).toThrow(
      /gapS.*promotion\.autonomousHours.*typo|typo.*gapS/s,
    );
    expect(() => reportSettingsFrom('{')).toThrow(/not valid JSON/);
  });
});
