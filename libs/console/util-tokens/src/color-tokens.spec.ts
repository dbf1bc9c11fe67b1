import { describe, expect, it } from 'vitest';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { SEVERITIES } from '@fleet/rules';
import { ALERT_SEVERITY_COLORS, CONTROL_MODE_COLORS, ZONE_COLORS, hexToRgba } from './color-tokens.js';

describe(hexToRgba.name, () => {
  it('parses #rrggbb with an alpha', () => {
    expect(hexToRgba('#ff8000', 128)).toEqual([255, 128, 0, 128]);
  });
  it('rejects other notations', () => {
    expect(() => hexToRgba('red')).toThrow(RangeError);
  });
  it('has a parseable colour for every control mode', () => {
    for (const mode of CONTROL_MODES) expect(hexToRgba(CONTROL_MODE_COLORS[mode])).toHaveLength(4);
  });
  it('has a parseable colour for every alert severity and zone kind', () => {
    for (const severity of SEVERITIES) expect(hexToRgba(ALERT_SEVERITY_COLORS[severity])).toHaveLength(4);
    for (const color of Object.values(ZONE_COLORS)) expect(hexToRgba(color)).toHaveLength(4);
  });
});
