import { describe, expect, it } from 'vitest';
import { isAdminApiError } from '@fleet/console-admin-api';
import { EMPTY_INCIDENT_REPORT, type IncidentDetail } from '@fleet/incidents-model';
import { createIncidentsApi } from './incidents-api.js';

type Seen = { url: string; method: string; body: string | null };

/** A fetch that answers every request with `body` and records what was asked. */
function answering(status: number, body: unknown) {
  const seen: Seen[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    seen.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? init.body : null,
    });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { seen, api: createIncidentsApi(fetchFn, 'http://api.test') };
}

const DETAIL: IncidentDetail = {
  id: 7,
  vehicleId: 'RT-0001',
  enterpriseId: 'ent-demo-01',
  kind: 'collision',
  time: '2026-11-23T10:00:00.000Z',
  status: 'opened',
  openedAt: '2026-11-23T10:00:01.000Z',
  openedBy: null,
  alertId: null,
  atFault: null,
  deadlines: [{ kind: 'initial_notice', dueAt: '2026-11-24T10:00:01.000Z', status: 'pending', metAt: null }],
  evidenceState: 'pending',
  window: { from: '2026-11-23T09:58:30.000Z', to: '2026-11-23T10:00:30.000Z' },
  report: EMPTY_INCIDENT_REPORT,
  reportUpdatedAt: null,
  reportUpdatedBy: null,
  history: [],
  attachments: [],
  evidence: { state: 'pending', lockedAt: null, sampleCount: 0, eventCount: 0, digest: null },
};

describe('IncidentsApi', () => {
  it('lists with the filters as query parameters', async () => {
    const { seen, api } = answering(200, { items: [DETAIL] });
    const list = await api.list({
      status: 'opened',
      vehicleId: 'RT-0001',
      from: new Date('2026-11-01T00:00:00Z'),
      limit: 50,
    });
    expect(list.items[0]?.id).toBe(7);
    expect(seen[0]?.url).toBe(
      'http://api.test/api/v1/incidents?status=opened&vehicleId=RT-0001&from=2026-11-01T00%3A00%3A00.000Z&limit=50',
    );
  });

  it('sends a step with its note, and the report with PUT', async () => {
    const { seen, api } = answering(200, DETAIL);
    await api.step(7, 'submit', '初报');
    await api.saveReport(7, { ...EMPTY_INCIDENT_REPORT, place: '安亭' });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST http://api.test/api/v1/incidents/7/submit',
      'PUT http://api.test/api/v1/incidents/7/report',
    ]);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ note: '初报' });
    expect(JSON.parse(seen[1]?.body ?? '')).toMatchObject({ place: '安亭' });
  });

  it('turns a refused step into an AdminApiError, and an answer of another shape into unexpected_response', async () => {
    const refused = await answering(403, { error: { code: 'forbidden', message: 'no' } })
      .api.step(7, 'close', '')
      .catch((e: unknown) => e);
    expect(isAdminApiError(refused) && refused.code).toBe('forbidden');
    const odd = await answering(200, { hello: 1 })
      .api.get(7)
      .catch((e: unknown) => e);
    expect(isAdminApiError(odd) && odd.code).toBe('unexpected_response');
  });

  it('downloads an attachment as bytes, and says not_found for a missing one', async () => {
    const bytes = Uint8Array.from([0, 255, 1, 254]);
    const fetchFn: typeof fetch = (input) =>
      Promise.resolve(
        String(input as string).endsWith('/2')
          ? new Response(bytes, { status: 200 })
          : new Response('', { status: 404 }),
      );
    const api = createIncidentsApi(fetchFn, 'http://api.test');
    expect(new Uint8Array(await (await api.attachment(7, 2)).arrayBuffer())).toEqual(bytes);
    const missing = await api.attachment(7, 3).catch((e: unknown) => e);
    expect(isAdminApiError(missing, 'not_found')).toBe(true);
  });
});
