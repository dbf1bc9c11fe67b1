import { ALERT_KINDS } from '@fleet/rules';
import { LANGUAGES, translate } from '@fleet/console-i18n';
import { describe, expect, it } from 'vitest';
import { alertKindLabel } from './alert-kind-label.js';
import { formatCny } from './format-cny.js';
import { timeWindowsText } from './time-windows-text.js';

describe(alertKindLabel.name, () => {
  it('names every kind the rules raise in both languages, and shows an unknown kind raw', () => {
    for (const language of LANGUAGES) {
      const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
      const labels = ALERT_KINDS.map((kind) => alertKindLabel(t, kind));
      expect(labels.every((l) => l.trim() !== '')).toBe(true);
      expect(new Set(labels).size).toBe(ALERT_KINDS.length);
      expect(alertKindLabel(t, 'lane_departure')).toBe('lane_departure');
    }
    expect(alertKindLabel((key) => translate('zh-CN', key), 'geofence_exit')).toBe('驶出许可区域');
  });
});

describe(timeWindowsText.name, () => {
  it('lists the daily windows, or nothing for a permit that holds all day', () => {
    expect(timeWindowsText([])).toBeNull();
    expect(
      timeWindowsText([
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ]),
    ).toBe('08:00–12:00, 14:00–18:00');
  });
});

describe(formatCny.name, () => {
  it('writes the insured amount short, as each language does', () => {
    expect(formatCny(5_000_000, 'zh-CN')).toBe('¥500万');
    expect(formatCny(5_000_000, 'en')).toBe('CN¥5M');
  });
});
