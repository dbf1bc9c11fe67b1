/** What a basemap feature is; drives styling in the console and route choice in the simulator. */
export type BasemapKind = 'road' | 'expressway' | 'test_area' | 'landmark' | 'zone_boundary' | 'water';

export type RoadKind = Extract<BasemapKind, 'road' | 'expressway'>;

/** Properties every basemap feature carries. */
export type BasemapProperties = {
  kind: BasemapKind;
  /** Stable identifier; roads keep theirs across releases because vehicles' routes refer to it. */
  id: string;
  name_zh: string;
  name_en: string;
  /** Always BASEMAP_SOURCE: marks the geometry as approximate demo data. */
  source: string;
};

/** Where the geometry comes from, repeated on the collection so nobody mistakes it for surveyed data. */
export const BASEMAP_SOURCE = 'fleet-demo';
export const BASEMAP_NOTE =
  'Approximate DEMO geometry hand-drawn for the simulator and the offline console basemap; ' +
  'not surveyed, not for navigation, not the official pilot-zone boundary or permit areas. WGS-84.';
