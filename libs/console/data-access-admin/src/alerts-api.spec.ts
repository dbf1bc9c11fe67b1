import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { AlertsApi } from './alerts-api.js';
import { alertView } from './testing/compliance-fixtures.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

const api = (server: ScriptedFetch) => new AlertsApi(new AdminHttp(server.fetch, ''));
const COUNTS = { info: 1, warning: 4, critical: 2 };

describe(AlertsApi.name, () => {
  it('lists alerts with the unresolved counts of the whole scope', async () => {
    const alert = alertView();
    const server = new ScriptedFetch().answer('GET', '/api/v1/alerts', 200, { items: [alert], unresolved: COUNTS });
    expect(await api(server).list({})).toEqual({ items: [alert], unresolved: COUNTS });
  });

  it('sends every filter, the time range as ISO 8601 and the keyset cursor', async () => {
    const url =
      '/api/v1/alerts?status=open&severity=critical&kind=geofence_exit&vehicleId=RT-0001&from=2025-05-01T00%3A00%3A00.000Z&to=2025-05-02T00%3A00%3A00.000Z&beforeId=42&limit=50';
    const server = new ScriptedFetch().answer('GET', url, 200, { items: [], unresolved: COUNTS });
    await api(server).list({
      status: 'open',
      severity: 'critical',
      kind: 'geofence_exit',
      vehicleId: 'RT-0001',
      from: new Date('2025-05-01T00:00:00Z'),
      to: new Date('2025-05-02T00:00:00Z'),
      beforeId: 42,
      limit: 50,
    });
    expect(server.last?.url).toBe(url);
  });

  it('keeps an alert of a kind this console does not know yet instead of refusing the list', async () => {
    const future = { ...alertView(), kind: 'lane_departure' };
    const server = new ScriptedFetch().answer('GET', '/api/v1/alerts', 200, { items: [future], unresolved: COUNTS });
    expect((await api(server).list({})).items).toHaveLength(1);
  });

  it('refuses an answer without the unresolved counts', async () => {
    const server = new ScriptedFetch().answer('GET', '/api/v1/alerts', 200, { items: [alertView()] });
    await expect(api(server).list({})).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('acknowledges and resolves with the note and returns the alert as it now is', async () => {
    const acked = alertView({ id: 7, status: 'acknowledged', acknowledgedBy: 'regulator', acknowledgeNote: '已通知' });
    const resolved = alertView({ id: 7, status: 'resolved', resolvedBy: 'regulator', resolveNote: '已整改' });
    const server = new ScriptedFetch()
      .answer('POST', '/api/v1/alerts/7/acknowledge', 200, acked)
      .answer('POST', '/api/v1/alerts/7/resolve', 200, resolved);
    expect(await api(server).acknowledge(7, '已通知')).toEqual(acked);
    expect(server.last?.body).toEqual({ note: '已通知' });
    expect(await api(server).resolve(7, '已整改')).toEqual(resolved);
    expect(server.last?.body).toEqual({ note: '已整改' });
  });

  it('reports a step that is no longer possible as a conflict', async () => {
    const server = new ScriptedFetch().answer('POST', '/api/v1/alerts/7/acknowledge', 409, {
      error: { code: 'conflict', message: 'an acknowledged alert cannot be acknowledged' },
    });
    await expect(api(server).acknowledge(7, '')).rejects.toMatchObject({ status: 409, code: 'conflict' });
  });
});
