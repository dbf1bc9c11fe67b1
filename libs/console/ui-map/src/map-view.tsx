import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Map as MaplibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { PILOT_ZONE_BOUNDS, PILOT_ZONE_CENTER } from '@fleet/pilot-zone';
import { DeckLayerRegistry } from './deck-layer-registry.js';
import { MapContext, type MapHandle } from './map-context.js';
import { offlineBaseStyle } from './basemap-style.js';

export type MapViewProps = {
  children?: ReactNode;
  /** Called once the style is loaded (and with null on unmount), e.g. to fly to a searched vehicle. */
  onReady?: (map: MaplibreMap | null) => void;
  onError?: (error: unknown) => void;
};

const [[minLon, minLat], [maxLon, maxLat]] = PILOT_ZONE_BOUNDS;
const PAD = 0.15;

/**
 * Owns the maplibre map (fully offline style) and one deck.gl overlay. Children are layer
 * components; they render only once the style has loaded.
 */
export function MapView({ children, onReady, onError }: MapViewProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const onReadyRef = useRef(onReady);
  const onErrorRef = useRef(onError);
  onReadyRef.current = onReady;
  onErrorRef.current = onError;

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const map = new MaplibreMap({
      container: el,
      style: offlineBaseStyle(),
      center: PILOT_ZONE_CENTER,
      zoom: 11.5,
      minZoom: 9,
      maxZoom: 20,
      maxBounds: [
        [minLon - PAD, minLat - PAD],
        [maxLon + PAD, maxLat + PAD],
      ],
      attributionControl: false,
      dragRotate: true,
      pitchWithRotate: false,
    });
    map.addControl(new NavigationControl({ visualizePitch: false }), 'bottom-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    const overlay = new MapboxOverlay({ interleaved: false, layers: [] });
    let alive = true;
    map.on('error', (e) => onErrorRef.current?.(e.error));
    map.once('load', () => {
      if (!alive) return;
      map.addControl(overlay);
      const deck = new DeckLayerRegistry((layers) => overlay.setProps({ layers }));
      setHandle({ map, deck });
      onReadyRef.current?.(map);
    });
    return () => {
      alive = false;
      setHandle(null);
      onReadyRef.current?.(null);
      if (map.hasControl(overlay)) map.removeControl(overlay);
      overlay.finalize();
      map.remove();
    };
  }, []);

  return (
    <div
      ref={container}
      data-testid="map"
      data-map-loaded={handle ? 'true' : 'false'}
      style={{ position: 'absolute', inset: 0, zIndex: 0 }}
    >
      {handle ? <MapContext.Provider value={handle}>{children}</MapContext.Provider> : null}
    </div>
  );
}
