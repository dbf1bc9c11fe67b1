import { describe, expect, it } from 'vitest';
import { PILOT_ZONE_BASEMAP } from '@fleet/pilot-zone';
import { labelAnchors, lineMidpoint } from './label-anchors.js';

describe(lineMidpoint.name, () => {
  it('finds the middle by length and keeps text upright', () => {
    const mid = lineMidpoint([
      [121.3, 31],
      [121.2, 31],
    ]);
    expect(mid?.position[0]).toBeCloseTo(121.25);
    expect(Math.abs(mid?.angleCcwDeg ?? 99)).toBeLessThanOrEqual(90);
  });
  it('returns null for a single point', () => {
    expect(lineMidpoint([[121, 31]])).toBeNull();
  });
});

describe(labelAnchors.name, () => {
  it('labels every named road, area and landmark of the pilot-zone basemap inside its bounds', () => {
    const anchors = labelAnchors(PILOT_ZONE_BASEMAP.features);
    expect(anchors.length).toBeGreaterThan(5);
    for (const a of anchors) {
      expect(a.nameZh).not.toBe('');
      expect(a.position[0]).toBeGreaterThan(121);
      expect(a.position[1]).toBeGreaterThan(31);
    }
  });
});
