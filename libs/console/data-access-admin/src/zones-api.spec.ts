import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { zoneCollection } from './testing/compliance-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';
import { ZonesApi } from './zones-api.js';

const api = (server: ScriptedFetch) => new ZonesApi(new AdminHttp(server.fetch, ''));

describe(ZonesApi.name, () => {
  it('reads the zones as a GeoJSON FeatureCollection of areas and corridors', async () => {
    const zones = zoneCollection();
    const server = new ScriptedFetch().answer('GET', '/api/v1/zones', 200, zones);
    expect(await api(server).list()).toEqual(zones);
  });

  it('refuses features that are neither areas nor corridors', async () => {
    const zones = zoneCollection();
    const point = { ...zones.features[0], geometry: { type: 'Point', coordinates: [121.1, 31.2] } };
    const server = new ScriptedFetch().answer('GET', '/api/v1/zones', 200, { ...zones, features: [point] });
    await expect(api(server).list()).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('imports a FeatureCollection as given and answers how many zones were read', async () => {
    const zones = zoneCollection();
    const server = new ScriptedFetch().answer('POST', '/api/v1/zones/import', 200, { imported: 2 });
    expect(await api(server).import(zones)).toBe(2);
    expect(server.last).toMatchObject({ method: 'POST', contentType: 'application/json', body: zones });
  });

  it('passes on where the server found malformed geometry', async () => {
    const issues = [{ path: 'features.0.geometry.coordinates.0', message: 'a ring must be closed' }];
    const server = new ScriptedFetch().answer('POST', '/api/v1/zones/import', 400, {
      error: { code: 'invalid_request', message: 'request validation failed', details: issues },
    });
    await expect(api(server).import(zoneCollection())).rejects.toMatchObject({ code: 'invalid_request', issues });
  });
});
