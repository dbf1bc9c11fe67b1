import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { SafetyOfficersApi } from './safety-officers-api.js';
import { safetyOfficer } from './testing/registry-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

const api = (server: ScriptedFetch) => new SafetyOfficersApi(new AdminHttp(server.fetch, ''));

describe(SafetyOfficersApi.name, () => {
  it('lists the safety officers', async () => {
    const listed = [safetyOfficer(), safetyOfficer({ id: 'SO-0002', name: '李安全', licenceYears: 2 })];
    const server = new ScriptedFetch().answer('GET', '/api/v1/safety-officers', 200, { items: listed });
    expect(await api(server).list()).toEqual(listed);
  });

  it('registers one and reads the answer', async () => {
    const officer = safetyOfficer({ id: 'SO-E2E' });
    const server = new ScriptedFetch().answer('POST', '/api/v1/safety-officers', 201, officer);
    expect(await api(server).register(officer)).toEqual(officer);
    expect(server.last).toMatchObject({ method: 'POST', body: officer });
  });

  it('reports another enterprise’s officer as forbidden', async () => {
    const server = new ScriptedFetch().answer('POST', '/api/v1/safety-officers', 403, {
      error: { code: 'forbidden', message: 'not your enterprise' },
    });
    await expect(api(server).register(safetyOfficer())).rejects.toMatchObject({ code: 'forbidden' });
  });
});
