import type { ZoneFeatureCollection } from '@fleet/registry-model';
import type { AdminHttp } from './admin-http.js';
import { isZoneFeatureCollection } from './compliance-guards.js';
import { isImportedCount } from './registry-guards.js';

export const ZONES_PATH = '/api/v1/zones';

/** The approved areas and road corridors of the permits, as GeoJSON: every role reads; admin and regulator import. */
export class ZonesApi {
  constructor(private readonly http: AdminHttp) {}

  list(signal?: AbortSignal): Promise<ZoneFeatureCollection> {
    return this.http.json('GET', ZONES_PATH, isZoneFeatureCollection, undefined, signal);
  }

  /**
   * Adds or replaces zones by id from a FeatureCollection as a user's file holds it (so `unknown`: the server is the
   * judge). Malformed geometry is refused with `invalid_request` and the server's issues; answers how many were read.
   */
  async import(collection: unknown): Promise<number> {
    return (await this.http.json('POST', `${ZONES_PATH}/import`, isImportedCount, collection)).imported;
  }
}
