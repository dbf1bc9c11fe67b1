import { describe, expect, it } from 'vitest';
import { isAdminApiError } from '@fleet/console-admin-api';
import type { Dashboard } from '@fleet/reports-model';
import { createReportsApi, ReportsApi } from './reports-api.js';

type Seen = { url: string; accept: string | null };

/** A fetch that answers every request with `body` (JSON unless it is a string) and records what was asked. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: Seen[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    seen.push({ url, accept: new Headers(init?.headers).get('accept') });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return Promise.resolve(new Response(text, { status, headers }));
  };
  return { seen, api: createReportsApi(fetchFn, 'http://api.test') };
}

const META = { from: 'a', to: 'b', generatedAt: 'c', dataFrom: null, dataTo: null, refreshedThrough: null };
const KPIS = {
  vehicles: 1,
  activeVehicles: 1,
  distanceKm: 2,
  autonomousKm: 1,
  autonomousHours: 0.1,
  disengagements: 0,
  disengagementsPer1000Km: 0,
  alerts: 0,
  incidents: 0,
};
const DASHBOARD: Dashboard = {
  meta: META,
  kpis: { today: KPIS, range: KPIS },
  autonomousKmPerDay: [{ day: '2026-11-23', enterpriseId: 'ent-demo-01', km: 1 }],
  disengagementRates: [],
  alertsByKind: [],
  incidentsByKind: [],
  vehiclesOnline: [],
};
const RANGE = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-08T00:00:00Z') };

describe(ReportsApi.name, () => {
  it('asks for the dashboard of a period and an enterprise', async () => {
    const { seen, api } = answering(200, DASHBOARD);
    expect(await api.dashboard({ ...RANGE, enterpriseId: 'ent-demo-01' })).toEqual(DASHBOARD);
    expect(seen[0]?.url).toBe(
      'http://api.test/api/v1/reports/dashboard?from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-08T00%3A00%3A00.000Z&enterprise=ent-demo-01',
    );
  });

  it('leaves the enterprise out when none is chosen (the caller’s whole scope)', async () => {
    const { seen, api } = answering(200, { meta: META, cellDeg: 0.005, cells: [] });
    await api.coverage(RANGE);
    expect(seen[0]?.url).not.toContain('enterprise=');
  });

  it('refuses an answer that is not a dashboard', async () => {
    const { api } = answering(200, { items: [] });
    const error = await api.dashboard(RANGE).catch((e: unknown) => e);
    expect(isAdminApiError(error, 'unexpected_response')).toBe(true);
  });

  it('downloads the disengagement log as CSV with the file name the server gave', async () => {
    const csv = 'Manufacturer,Permit Number\r\n';
    const { seen, api } = answering(200, csv, { 'content-disposition': 'attachment; filename="dis.csv"' });
    expect(await api.disengagementsCsv(RANGE)).toEqual({ text: csv, fileName: 'dis.csv' });
    expect(seen[0]).toMatchObject({ accept: 'text/csv' });
    expect(seen[0]?.url).toMatch(/^http:\/\/api\.test\/api\/v1\/reports\/disengagements\.csv\?from=/);
  });

  it('asks for the promotion check of the whole scope without a query string', async () => {
    const { seen, api } = answering(200, { generatedAt: 'x', thresholds: {}, items: [] });
    await api.promotion({});
    expect(seen[0]?.url).toBe('http://api.test/api/v1/promotion');
    await api.promotion({ vehicleId: 'RT-0001' });
    expect(seen[1]?.url).toBe('http://api.test/api/v1/promotion?vehicleId=RT-0001');
  });
});
