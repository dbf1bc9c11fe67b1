import { useEffect, useState } from 'react';
import type { ZonesApi } from '@fleet/console-admin-api';
import type { ZoneFeatureCollection } from '@fleet/registry-model';

/** The permit zones, loaded once for the page (null until they arrive, or when they could not be loaded). */
export function useZones(api: ZonesApi): ZoneFeatureCollection | null {
  const [zones, setZones] = useState<ZoneFeatureCollection | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.list(controller.signal).then(
      (loaded) => {
        if (!controller.signal.aborted) setZones(loaded);
      },
      (error: unknown) => {
        // The map is still useful without zones; the legend entry just draws nothing.
        if (!controller.signal.aborted) console.warn('[console] loading the permit zones failed', error);
      },
    );
    return () => controller.abort();
  }, [api]);
  return zones;
}
