import type { ZoneFeatureCollection } from '@fleet/registry-model';
import type { AdminHttp } from './admin-http.js';
import { isZoneFeatureCollection } from './compliance-guards.js';

export const ZONES_PATH = '/api/v1/zones';

/** The approved areas and road corridors of the permits, as GeoJSON (every role). */
export class ZonesApi {
  constructor(private readonly http: AdminHttp) {}

  list(signal?: AbortSignal): Promise<ZoneFeatureCollection> {
    return this.http.json('GET', ZONES_PATH, isZoneFeatureCollection, undefined, signal);
  }
}
