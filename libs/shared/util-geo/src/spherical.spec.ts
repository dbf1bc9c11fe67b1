import { describe, expect, it } from 'vitest';
import { destinationPoint, haversineDistanceM, headingDeltaDeg, initialBearingDeg } from './spherical.js';

describe('haversineDistanceM', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineDistanceM([121.2, 31.0], [121.2, 32.0])).toBeCloseTo(111_195, -1);
  });

  it('shrinks a degree of longitude by cos(latitude)', () => {
    const d = haversineDistanceM([121, 60], [122, 60]);
    expect(d).toBeCloseTo(111_195 * 0.5, -2);
  });

  it('is zero for the same point and symmetric', () => {
    expect(haversineDistanceM([121.25, 31.3], [121.25, 31.3])).toBe(0);
    const a = [121.17, 31.29] as const;
    const b = [121.32, 31.2] as const;
    expect(haversineDistanceM(a, b)).toBeCloseTo(haversineDistanceM(b, a), 6);
  });

  it('matches the published Anting–Hongqiao scale (about 17 km as the crow flies)', () => {
    expect(haversineDistanceM([121.17, 31.29], [121.32, 31.2]) / 1000).toBeGreaterThan(16);
    expect(haversineDistanceM([121.17, 31.29], [121.32, 31.2]) / 1000).toBeLessThan(18);
  });
});

describe('initialBearingDeg', () => {
  it.each([
    ['north', [121.2, 31.3], [121.2, 31.4], 0],
    ['east', [121.2, 0], [121.3, 0], 90],
    ['south', [121.2, 31.3], [121.2, 31.2], 180],
    ['west', [121.3, 0], [121.2, 0], 270],
  ] as const)('is %s for a due %s line', (_name, from, to, expected) => {
    expect(initialBearingDeg(from, to)).toBeCloseTo(expected, 6);
  });

  it('is close to 90 for a short eastward hop at Shanghai latitude', () => {
    expect(initialBearingDeg([121.2, 31.3], [121.201, 31.3])).toBeCloseTo(90, 2);
  });
});

describe('destinationPoint', () => {
  it('goes one degree north for 111.195 km at bearing 0', () => {
    const [lon, lat] = destinationPoint([121.2, 31], 0, 111_195.08);
    expect(lon).toBeCloseTo(121.2, 9);
    expect(lat).toBeCloseTo(32, 5);
  });

  it('round-trips with distance and bearing', () => {
    const from = [121.25, 31.33] as const;
    const to = destinationPoint(from, 137, 5_000);
    expect(haversineDistanceM(from, to)).toBeCloseTo(5_000, 3);
    expect(initialBearingDeg(from, to)).toBeCloseTo(137, 6);
  });
});

describe('headingDeltaDeg', () => {
  it('takes the short way round', () => {
    expect(headingDeltaDeg(350, 10)).toBe(20);
    expect(headingDeltaDeg(10, 350)).toBe(-20);
    expect(headingDeltaDeg(0, 180)).toBe(180);
  });
});
