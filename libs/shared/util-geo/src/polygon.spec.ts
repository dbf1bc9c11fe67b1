import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxContains, bboxOfGeometry, bboxOfPositions, unionBBox } from './bbox.js';
import { pointInPolygon } from './point-in-polygon.js';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [121.2, 31.3],
      [121.3, 31.3],
      [121.3, 31.4],
      [121.2, 31.4],
      [121.2, 31.3],
    ],
    // A hole in the middle.
    [
      [121.24, 31.34],
      [121.26, 31.34],
      [121.26, 31.36],
      [121.24, 31.36],
      [121.24, 31.34],
    ],
  ],
};

const two: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
    [
      [
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 6],
        [5, 5],
      ],
    ],
  ],
};

describe('pointInPolygon', () => {
  it('finds points inside the outer ring and outside holes', () => {
    expect(pointInPolygon([121.21, 31.31], square)).toBe(true);
    expect(pointInPolygon([121.25, 31.35], square)).toBe(false);
    expect(pointInPolygon([121.35, 31.35], square)).toBe(false);
  });

  it('handles each part of a MultiPolygon', () => {
    expect(pointInPolygon([0.5, 0.5], two)).toBe(true);
    expect(pointInPolygon([5.5, 5.5], two)).toBe(true);
    expect(pointInPolygon([3, 3], two)).toBe(false);
  });

  it('handles a concave polygon', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    expect(pointInPolygon([1.5, 2], u)).toBe(false);
    expect(pointInPolygon([0.5, 2], u)).toBe(true);
    expect(pointInPolygon([1.5, 0.5], u)).toBe(true);
  });
});

describe('bbox', () => {
  it('bounds positions and geometries', () => {
    expect(
      bboxOfPositions([
        [1, 2],
        [3, -1],
        [0, 5],
      ]),
    ).toEqual([0, -1, 3, 5]);
    expect(bboxOfGeometry(two)).toEqual([0, 0, 6, 6]);
    expect(bboxOfGeometry({ type: 'Point', coordinates: [121, 31] })).toEqual([121, 31, 121, 31]);
  });

  it('contains points on its edge and unions boxes', () => {
    expect(bboxContains([0, 0, 1, 1], [1, 0.5])).toBe(true);
    expect(bboxContains([0, 0, 1, 1], [1.01, 0.5])).toBe(false);
    expect(unionBBox([0, 0, 1, 1], [2, -1, 3, 0])).toEqual([0, -1, 3, 1]);
  });

  it('refuses an empty list', () => {
    expect(() => bboxOfPositions([])).toThrow(RangeError);
  });
});
