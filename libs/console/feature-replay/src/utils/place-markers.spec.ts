import { describe, expect, it } from 'vitest';
import type { TimelineMarker } from '../types/timeline-marker.js';
import { placeMarkers } from './place-markers.js';

const marker = (key: string, timeMs: number, severe = false): TimelineMarker => ({
  key,
  source: 'event',
  kind: severe ? 'collision' : 'engagement',
  vehicleId: 'RT-1',
  timeMs,
  label: key,
  severe,
  position: null,
});

describe(placeMarkers.name, () => {
  it('places markers by time as a fraction of the range, dropping those outside it', () => {
    const placed = placeMarkers([marker('a', 1_500), marker('b', 1_000), marker('out', 3_000)], 1_000, 2_000, 1_000);
    expect(placed.map((m) => [m.key, m.x, m.lane])).toEqual([
      ['b', 0, 0],
      ['a', 0.5, 0],
    ]);
  });

  it('moves markers too close together into further lanes, the last lane taking the overflow', () => {
    const placed = placeMarkers(
      [marker('a', 100), marker('b', 101), marker('c', 102), marker('d', 103)],
      0,
      1_000,
      1_000,
      10,
      3,
    );
    expect(placed.map((m) => m.lane)).toEqual([0, 1, 2, 2]);
  });

  it('gives severe markers the front lane', () => {
    const placed = placeMarkers([marker('minor', 100), marker('crash', 101, true)], 0, 1_000, 1_000);
    expect(placed.find((m) => m.key === 'crash')?.lane).toBe(0);
    expect(placed.find((m) => m.key === 'minor')?.lane).toBe(1);
  });

  it('places nothing on an empty range or width', () => {
    expect(placeMarkers([marker('a', 5)], 10, 10, 100)).toEqual([]);
    expect(placeMarkers([marker('a', 5)], 0, 10, 0)).toEqual([]);
  });
});
