import { useEffect } from 'react';
import { useMapHandle } from './map-context.js';
import { RASTER_SOURCE_ID } from './basemap-style.js';

export type RasterTileLayerProps = { url: string; tileSize: number; attribution: string | null };

const LAYER_ID = 'raster-tiles';

/** Optional raster tiles (configured, none by default) drawn just above the background. Renders nothing. */
export function RasterTileLayer({ url, tileSize, attribution }: RasterTileLayerProps) {
  const { map } = useMapHandle();
  useEffect(() => {
    map.addSource(RASTER_SOURCE_ID, { type: 'raster', tiles: [url], tileSize, attribution: attribution ?? undefined });
    const firstAbove = map.getStyle().layers.find((l) => l.type !== 'background')?.id;
    map.addLayer({ id: LAYER_ID, type: 'raster', source: RASTER_SOURCE_ID }, firstAbove);
    return () => {
      if (!map.getStyle()) return;
      if (map.getLayer(LAYER_ID)) map.removeLayer(LAYER_ID);
      if (map.getSource(RASTER_SOURCE_ID)) map.removeSource(RASTER_SOURCE_ID);
    };
  }, [map, url, tileSize, attribution]);
  return null;
}
