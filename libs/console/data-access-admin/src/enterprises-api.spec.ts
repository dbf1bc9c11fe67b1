import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { EnterprisesApi } from './enterprises-api.js';
import { enterprise } from './testing/registry-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

const api = (server: ScriptedFetch) => new EnterprisesApi(new AdminHttp(server.fetch, ''));

describe(EnterprisesApi.name, () => {
  it('lists the test entities with their vehicle counts', async () => {
    const listed = [enterprise(), enterprise({ id: 'ent-demo-02', vehicles: 0 })];
    const server = new ScriptedFetch().answer('GET', '/api/v1/enterprises', 200, { items: listed });
    expect(await api(server).list()).toEqual(listed);
  });

  it('registers one and reads the answer, with no vehicles yet', async () => {
    const request = { id: 'ent-e2e', nameZh: '端到端测试主体', nameEn: 'E2E entity' };
    const server = new ScriptedFetch().answer('POST', '/api/v1/enterprises', 201, { ...request, vehicles: 0 });
    expect(await api(server).create(request)).toEqual({ ...request, vehicles: 0 });
    expect(server.last).toMatchObject({ method: 'POST', body: request });
  });

  it('reports a taken id as a conflict and a role without the right as forbidden', async () => {
    const request = { id: 'ent-demo-01', nameZh: '重复', nameEn: 'Taken' };
    const server = new ScriptedFetch().answer('POST', '/api/v1/enterprises', 409, {
      error: { code: 'conflict', message: 'enterprise ent-demo-01 exists' },
    });
    await expect(api(server).create(request)).rejects.toMatchObject({ code: 'conflict', status: 409 });
    server.answer('POST', '/api/v1/enterprises', 403, { error: { code: 'forbidden', message: 'role' } });
    await expect(api(server).create(request)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a list whose entries are not test entities', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/enterprises', 200, { items: [{ id: 'ent-demo-01' }] });
    await expect(api(server).list()).rejects.toMatchObject({ code: 'unexpected_response' });
  });
});
