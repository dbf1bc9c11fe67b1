import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { newVehicle, vehicleSummary } from './testing/registry-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';
import { VehiclesApi } from './vehicles-api.js';

const api = (server: ScriptedFetch) => new VehiclesApi(new AdminHttp(server.fetch, ''));

describe(VehiclesApi.name, () => {
  it('asks for one page of a search and reads the total', async () => {
    const page = { items: [vehicleSummary()], total: 31 };
    const server = new ScriptedFetch().answer('GET', '/api/v1/vehicles?q=%E6%B2%AAA&limit=20&offset=20', 200, page);
    expect(await api(server).list({ q: '沪A', limit: 20, offset: 20 })).toEqual(page);
  });

  it('leaves out the search when there is none', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/vehicles?limit=20&offset=0', 200, {
      items: [],
      total: 0,
    });
    expect(await api(server).list({ q: '', limit: 20, offset: 0 })).toEqual({ items: [], total: 0 });
  });

  it('registers a vehicle and reads it back as a summary without a state yet', async () => {
    const request = newVehicle({ id: 'E2E-0001' });
    const server = new ScriptedFetch().answer('POST', '/api/v1/vehicles', 201, vehicleSummary({ id: 'E2E-0001' }));
    expect(await api(server).register(request)).toMatchObject({ id: 'E2E-0001', state: null });
    expect(server.last?.body).toEqual(request);
  });

  it('keeps the server’s issues of a refused VIN, and tells a registered id or VIN apart', async () => {
    const request = newVehicle();
    const issues = [
      { path: 'vin', message: '17 characters without I, O or Q, with a correct check digit (position 9)' },
    ];
    const server = new ScriptedFetch().answer('POST', '/api/v1/vehicles', 400, {
      error: { code: 'invalid_request', message: 'request validation failed', details: issues },
    });
    await expect(api(server).register(request)).rejects.toMatchObject({ code: 'invalid_request', issues });
    server.answer('POST', '/api/v1/vehicles', 409, { error: { code: 'conflict', message: 'registered' } });
    await expect(api(server).register(request)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a page with a vehicle category the console does not know', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/vehicles', 200, {
      items: [{ ...vehicleSummary(), category: 'hovercraft' }],
      total: 1,
    });
    await expect(api(server).list()).rejects.toMatchObject({ code: 'unexpected_response' });
  });
});
