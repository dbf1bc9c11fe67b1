import { useEffect, useRef } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useMapHandle } from '@fleet/console-map';
import type { ZoneFeatureCollection } from '@fleet/registry-model';
import type { RenderStats } from '../state/console-runtime.js';
import { ZONES_SOURCE_ID, zoneLayers } from '../utils/zone-style.js';

export type ZonesLayerProps = {
  /** The permit zones (null until loaded). */
  zones: ZoneFeatureCollection | null;
  visible: boolean;
  stats: RenderStats;
};

const EMPTY: ZoneFeatureCollection = { type: 'FeatureCollection', features: [] };
const ZONE_LAYER_IDS = zoneLayers().map((l) => l.id);

/**
 * The permits' approved areas (translucent fill, outline) and road corridors (a band as wide as approved), over
 * the basemap and under the vehicles and labels (which deck.gl draws above the map). Renders nothing.
 */
export function ZonesLayer({ zones, visible, stats }: ZonesLayerProps) {
  const { map } = useMapHandle();
  const sourceFeatures = useRef(0);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;

  useEffect(() => {
    const layers = zoneLayers();
    map.addSource(ZONES_SOURCE_ID, { type: 'geojson', data: EMPTY });
    for (const layer of layers) map.addLayer(layer);
    return () => {
      stats.zoneFeatures = 0;
      if (!map.getStyle()) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(ZONES_SOURCE_ID)) map.removeSource(ZONES_SOURCE_ID);
    };
  }, [map, stats]);

  useEffect(() => {
    let current = true;
    const data = zones ?? EMPTY;
    // setData resolves when the worker has parsed the data; a failure surfaces as a map 'error' event.
    map
      .getSource<GeoJSONSource>(ZONES_SOURCE_ID)
      ?.setData(data)
      .then(() => {
        if (!current) return;
        sourceFeatures.current = data.features.length;
        stats.zoneFeatures = visibleRef.current ? sourceFeatures.current : 0;
      })
      .catch((error: unknown) => console.error('[console] zone data rejected', error));
    return () => {
      current = false;
    };
  }, [map, zones, stats]);

  useEffect(() => {
    for (const id of ZONE_LAYER_IDS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
    stats.zoneFeatures = visible ? sourceFeatures.current : 0;
  }, [map, visible, stats]);

  return null;
}
