import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { PermitsApi } from './permits-api.js';
import { permit } from './testing/compliance-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

const api = (server: ScriptedFetch) => new PermitsApi(new AdminHttp(server.fetch, ''));

describe(PermitsApi.name, () => {
  it('lists permits, filtered by status and vehicle when asked', async () => {
    const listed = [permit(), permit({ id: 'P-2', status: 'suspended', statusReason: '事故调查' })];
    const server = new ScriptedFetch()
      .answer('GET', '/api/v1/permits', 200, { items: listed })
      .answer('GET', '/api/v1/permits?status=active&vehicleId=RT-0001', 200, { items: [listed[0]] });
    expect(await api(server).list()).toEqual(listed);
    expect(await api(server).list({ status: 'active', vehicleId: 'RT-0001' })).toEqual([listed[0]]);
  });

  it('refuses a permit of an unknown stage rather than showing it wrongly', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/permits', 200, {
      items: [{ ...permit(), stage: 'pilot' }],
    });
    await expect(api(server).list()).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('suspends, reinstates and revokes with the reason, in one path segment per id', async () => {
    const suspended = permit({ id: 'P/1', status: 'suspended', statusReason: '安全评估未通过' });
    const server = new ScriptedFetch()
      .answer('POST', '/api/v1/permits/P%2F1/suspend', 200, suspended)
      .answer('POST', '/api/v1/permits/P%2F1/reinstate', 200, permit({ id: 'P/1' }))
      .answer('POST', '/api/v1/permits/P%2F1/revoke', 200, permit({ id: 'P/1', status: 'revoked' }));
    expect(await api(server).change('P/1', 'suspend', '安全评估未通过')).toEqual(suspended);
    expect(server.last?.body).toEqual({ reason: '安全评估未通过' });
    expect((await api(server).change('P/1', 'reinstate', '整改完成')).status).toBe('active');
    expect((await api(server).change('P/1', 'revoke', '严重违规')).status).toBe('revoked');
  });

  it('reports a change the permit’s status does not allow as a conflict, and a role without it as forbidden', async () => {
    const server = new ScriptedFetch()
      .answer('POST', '/api/v1/permits/P-1/reinstate', 409, { error: { code: 'conflict', message: 'active' } })
      .answer('POST', '/api/v1/permits/P-1/suspend', 403, { error: { code: 'forbidden', message: 'role' } });
    await expect(api(server).change('P-1', 'reinstate', '整改完成')).rejects.toMatchObject({ code: 'conflict' });
    await expect(api(server).change('P-1', 'suspend', '原因')).rejects.toMatchObject({ code: 'forbidden' });
  });
});
