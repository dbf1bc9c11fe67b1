import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { vehicleCredential } from './testing/admin-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';
import { VehicleCredentialsApi } from './vehicle-credentials-api.js';

const PATH = '/api/v1/vehicles/RT-0001/credentials';
const api = (server: ScriptedFetch) => new VehicleCredentialsApi(new AdminHttp(server.fetch, ''));

describe(VehicleCredentialsApi.name, () => {
  it('lists the credentials of a vehicle', async () => {
    const listed = [
      vehicleCredential(),
      vehicleCredential({ id: 'old', active: false, revokedAt: '2025-05-01T09:00:00Z' }),
    ];
    const server = new ScriptedFetch().answer('GET', PATH, 200, { items: listed });
    expect(await api(server).list('RT-0001')).toEqual(listed);
  });

  it('issues with the grace period chosen and returns the secret', async () => {
    const issued = {
      credentialId: 'c-2',
      vehicleId: 'RT-0001',
      mqttUsername: 'RT-0001',
      mqttPassword: 'vsk_secret',
      issuedAt: '2025-05-01T08:00:00Z',
      previousValidUntil: '2025-05-01T09:00:00Z',
    };
    const server = new ScriptedFetch().answer('POST', PATH, 201, issued);
    expect(await api(server).issue('RT-0001', 3600)).toEqual(issued);
    expect(server.last?.body).toEqual({ previousValidForSeconds: 3600 });
  });

  it('refuses an issue answer without a secret', async () => {
    const server = new ScriptedFetch().answer('POST', PATH, 201, { credentialId: 'c-2', vehicleId: 'RT-0001' });
    await expect(api(server).issue('RT-0001', 0)).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('revokes all, or one, credential and returns the ids revoked', async () => {
    const server = new ScriptedFetch()
      .answer('DELETE', PATH, 200, { revoked: ['a', 'b'] })
      .answer('DELETE', `${PATH}/c%2F1`, 200, { revoked: ['c/1'] });
    expect(await api(server).revokeAll('RT-0001')).toEqual(['a', 'b']);
    expect(await api(server).revokeOne('RT-0001', 'c/1')).toEqual(['c/1']);
  });

  it('keeps a vehicle id in one path segment', async () => {
    const server = new ScriptedFetch();
    await api(server)
      .list('../users')
      .catch(() => undefined);
    expect(server.last?.url).toBe('/api/v1/vehicles/..%2Fusers/credentials');
  });

  it('reports an operator acting on another enterprise’s vehicle as not found (the server hides it)', async () => {
    const server = new ScriptedFetch().answer('POST', PATH, 404, { error: { code: 'not_found', message: 'no' } });
    await expect(api(server).issue('RT-0001', 0)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});
