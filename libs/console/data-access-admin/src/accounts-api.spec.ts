import { describe, expect, it } from 'vitest';
import { AccountsApi } from './accounts-api.js';
import { AdminHttp } from './admin-http.js';
import { account } from './testing/admin-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

const api = (server: ScriptedFetch) => new AccountsApi(new AdminHttp(server.fetch, ''));

describe(AccountsApi.name, () => {
  it('lists accounts', async () => {
    const listed = [account(), account({ id: 'u-2', role: 'regulator', enterpriseId: null, disabled: true })];
    const server = new ScriptedFetch().answer('GET', '/api/v1/users', 200, { items: listed });
    expect(await api(server).list()).toEqual(listed);
  });

  it('creates an account and reads the answer as an enabled account', async () => {
    const { id, username, displayName, role, enterpriseId } = account();
    const created = { id, username, displayName, role, enterpriseId };
    const server = new ScriptedFetch().answer('POST', '/api/v1/users', 201, created);
    const request = {
      username: created.username,
      displayName: created.displayName,
      role: created.role,
      enterpriseId: created.enterpriseId,
      password: 'long-enough-1',
    };
    expect(await api(server).create(request)).toEqual({ ...created, disabled: false });
    expect(server.last?.body).toEqual(request);
  });

  it('tells a taken user name (409) apart from bad input (400)', async () => {
    const server = new ScriptedFetch().answer('POST', '/api/v1/users', 409, {
      error: { code: 'conflict', message: 'user name taken' },
    });
    const request = { username: 'x1', displayName: 'X', role: 'regulator', enterpriseId: null, password: '0123456789' };
    await expect(api(server).create({ ...request, role: 'regulator' })).rejects.toMatchObject({ code: 'conflict' });
    server.answer('POST', '/api/v1/users', 400, { error: { code: 'invalid_request', message: 'unknown enterprise' } });
    await expect(api(server).create({ ...request, role: 'regulator' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('disables and re-enables with PATCH, and ends sessions with DELETE', async () => {
    const server = new ScriptedFetch()
      .answer('PATCH', '/api/v1/users/u-1', 204)
      .answer('DELETE', '/api/v1/users/u-1/sessions', 200, { revoked: 3 });
    await api(server).setDisabled('u-1', true);
    expect(server.last).toMatchObject({ method: 'PATCH', body: { disabled: true } });
    expect(await api(server).revokeSessions('u-1')).toBe(3);
  });
});
