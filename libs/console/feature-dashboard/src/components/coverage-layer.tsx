import { useEffect } from 'react';
import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Coverage } from '@fleet/reports-model';
import { useMapHandle } from '@fleet/console-map';
import { coverageColor } from '../utils/coverage-color.js';

type Cell = Coverage['cells'][number];

export type CoverageLayerProps = { coverage: Coverage | null };

const KEY = 'coverage';
/** Above the basemap, under the basemap labels (order 10) so place names stay readable. */
const ORDER = 5;
/** Framing the driven cells: room for the legend, and not closer than a district's streets. */
const FIT = { padding: 48, maxZoom: 14, duration: 0 } as const;

/**
 * The server's grid of autonomous km drawn as translucent squares coloured by value (the cells are already
 * aggregated, so deck.gl only draws them); the map frames the driven cells when new figures arrive. Renders
 * nothing.
 */
export function CoverageLayer({ coverage }: CoverageLayerProps) {
  const { map, deck } = useMapHandle();

  useEffect(() => () => deck.remove(KEY), [deck]);

  useEffect(() => {
    const cells = coverage?.cells ?? [];
    const size = coverage?.cellDeg ?? 0;
    const max = cells.reduce((m, c) => Math.max(m, c.autonomousKm), 0);
    deck.set(KEY, ORDER, [
      new SolidPolygonLayer<Cell>({
        id: KEY,
        data: cells,
        getPolygon: (c) => [
          [c.lon, c.lat],
          [c.lon + size, c.lat],
          [c.lon + size, c.lat + size],
          [c.lon, c.lat + size],
        ],
        getFillColor: (c) => [...coverageColor(c.autonomousKm, max)],
        pickable: false,
        updateTriggers: { getFillColor: max, getPolygon: size },
      }),
    ]);
    if (cells.length > 0) {
      let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const c of cells) {
        west = Math.min(west, c.lon);
        south = Math.min(south, c.lat);
        east = Math.max(east, c.lon + size);
        north = Math.max(north, c.lat + size);
      }
      map.fitBounds([west, south, east, north], FIT);
    }
  }, [map, deck, coverage]);

  return null;
}
