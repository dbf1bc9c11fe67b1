import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { PILOT_ZONE_BASEMAP } from '@fleet/pilot-zone';
import { useMapHandle } from './map-context.js';
import { BASEMAP_SOURCE_ID, basemapLayers } from './basemap-style.js';

/** Water, test areas, roads, expressways, zone boundary and landmarks from the offline pilot-zone GeoJSON. Renders nothing. */
export function BasemapLayers() {
  const { map } = useMapHandle();

  useEffect(() => {
    const layers = basemapLayers();
    map.addSource(BASEMAP_SOURCE_ID, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const layer of layers) map.addLayer(layer);
    return () => {
      if (!map.getStyle()) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(BASEMAP_SOURCE_ID)) map.removeSource(BASEMAP_SOURCE_ID);
    };
  }, [map]);

  useEffect(() => {
    // setData resolves when the worker has parsed the data; a failure surfaces as a map 'error' event.
    map
      .getSource<GeoJSONSource>(BASEMAP_SOURCE_ID)
      ?.setData(PILOT_ZONE_BASEMAP)
      .catch((error: unknown) => console.error('[console] basemap data rejected', error));
  }, [map]);

  return null;
}
