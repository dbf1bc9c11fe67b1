import type { ZoneFeatureCollection } from '@fleet/registry-model';
import { describe, expect, it } from 'vitest';
import { zoneRowsOf } from './zone-rows.js';

const square = [
  [
    [121.2, 31.3],
    [121.21, 31.3],
    [121.21, 31.31],
    [121.2, 31.3],
  ],
];

const collection: ZoneFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [121.16, 31.29],
          [121.18, 31.3],
        ],
      },
      properties: { id: 'road-boyuan', name_zh: '博园路', name_en: 'Boyuan Rd', corridor_width_m: 60 },
    },
    {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [square] },
      properties: { id: 'area-anting', name_zh: '安亭', name_en: 'Anting', corridor_width_m: null },
    },
  ],
};

describe(zoneRowsOf.name, () => {
  it('lists areas and corridors by id, with the width of corridors only', () => {
    expect(zoneRowsOf(collection)).toEqual([
      { id: 'area-anting', nameZh: '安亭', nameEn: 'Anting', type: 'area', widthM: null },
      { id: 'road-boyuan', nameZh: '博园路', nameEn: 'Boyuan Rd', type: 'corridor', widthM: 60 },
    ]);
  });
});
