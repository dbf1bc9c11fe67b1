import { createContext, useContext } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { DeckLayerRegistry } from './deck-layer-registry.js';

export type MapHandle = { map: MaplibreMap; deck: DeckLayerRegistry };

export const MapContext = createContext<MapHandle | null>(null);

/** The map and deck layer registry of the enclosing MapView (only rendered once the style is loaded). */
export function useMapHandle(): MapHandle {
  const handle = useContext(MapContext);
  if (!handle) throw new Error('useMapHandle must be used inside <MapView>');
  return handle;
}
