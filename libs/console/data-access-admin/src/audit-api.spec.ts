import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { AuditApi } from './audit-api.js';
import { auditEntry } from './testing/admin-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

describe(AuditApi.name, () => {
  it('asks for the newest entries when no filter is set', async () => {
    const entry = auditEntry();
    const server = new ScriptedFetch().answer('GET', '/api/v1/audit', 200, { items: [entry] });
    expect(await new AuditApi(new AdminHttp(server.fetch, '')).list({})).toEqual([entry]);
  });

  it('sends filters, the time range as ISO 8601 and the keyset cursor', async () => {
    const url =
      '/api/v1/audit?actorId=u+1&action=auth.login&from=2025-05-01T00%3A00%3A00.000Z&to=2025-05-02T00%3A00%3A00.000Z&beforeId=42&limit=50';
    const server = new ScriptedFetch().answer('GET', url, 200, { items: [] });
    const api = new AuditApi(new AdminHttp(server.fetch, ''));
    const items = await api.list({
      actorId: 'u 1',
      action: 'auth.login',
      from: new Date('2025-05-01T00:00:00Z'),
      to: new Date('2025-05-02T00:00:00Z'),
      beforeId: 42,
      limit: 50,
    });
    expect(items).toEqual([]);
    expect(server.last?.url).toBe(url);
  });

  it('refuses entries with an unknown outcome instead of showing them wrongly', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/audit', 200, {
      items: [{ ...auditEntry(), outcome: 'maybe' }],
    });
    await expect(new AuditApi(new AdminHttp(server.fetch, '')).list({})).rejects.toMatchObject({
      code: 'unexpected_response',
    });
  });

  it('turns a 403 (role without audit access) into a forbidden error', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/audit', 403, {
      error: { code: 'forbidden', message: 'role not allowed' },
    });
    await expect(new AuditApi(new AdminHttp(server.fetch, '')).list({})).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });
});
