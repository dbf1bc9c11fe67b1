import { describe, expect, it } from 'vitest';
import { DEFAULT_INCIDENT_SETTINGS, incidentSettingsFrom } from './incident-settings.js';

describe(incidentSettingsFrom.name, () => {
  it('gives the defaults without a variable: 90 s before and 30 s after, initial notice in 24 h', () => {
    const settings = incidentSettingsFrom(undefined);
    expect(settings.windows.collision).toEqual({ beforeMs: 90_000, afterMs: 30_000 });
    expect(settings.initialNoticeMs).toBe(24 * 3_600_000);
    expect(settings.openOn).toEqual(['collision', 'fault_level_3', 'minimal_risk_maneuver']);
  });

  it('overrides one side of one window and keeps the rest', () => {
    const settings = incidentSettingsFrom('{"windows":{"collision":{"afterMs":2000}},"captureCheckMs":500}');
    expect(settings.windows.collision).toEqual({ beforeMs: 90_000, afterMs: 2_000 });
    expect(settings.windows.manual).toEqual(DEFAULT_INCIDENT_SETTINGS.windows.manual);
    expect(settings.captureCheckMs).toBe(500);
  });

  it('refuses less than 90 s before the event, unknown names and bad JSON, listing every problem', () => {
    expect(() => incidentSettingsFrom('{"windows":{"collision":{"beforeMs":30000}},"nope":1}')).toThrow(
      /windows\.collision\.beforeMs.*(\n|.)*nope|nope(\n|.)*windows\.collision\.beforeMs/,
    );
    expect(() => incidentSettingsFrom('{"openOn":["near_miss"]}')).toThrow(/openOn/);
    expect(() => incidentSettingsFrom('{')).toThrow(/not valid JSON/);
  });
});
