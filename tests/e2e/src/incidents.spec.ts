import type { IncidentDetail, IncidentEvidence, IncidentSummary, EvidenceVerifyResult } from '@fleet/incidents-model';
import { demoFleet } from '@fleet/demo-fleet';
import { ControlMode, EventKind, encodeVehicleEvent, vehicleTopic } from '@fleet/telemetry-contract';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MqttClient } from 'mqtt';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  removeDataDir,
  type RunningPlatform,
  signIn,
  startPlatform,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const FLEET = demoFleet(20);
const VEHICLE = FLEET[0]!;
const OWN_OPERATOR = { username: `operator-${VEHICLE.enterpriseId.slice(-2)}`, password: DEV.operator01.password };
const OTHER = FLEET.find((v) => v.enterpriseId !== VEHICLE.enterpriseId)!;
const OTHER_OPERATOR = { username: `operator-${OTHER.enterpriseId.slice(-2)}`, password: DEV.operator01.password };
/** 10 Hz for 110 s: the event comes 105 s in, so the 90 s before it are all there. */
const HZ = 10;
const EVENT_AT_S = 105;

let platform: RunningPlatform;
let admin: ApiSession;
let regulator: ApiSession;
let assessor: ApiSession;
let operator: ApiSession;
let otherOperator: ApiSession;
let terminal: MqttClient;
let eventMs: number;
let incident: IncidentSummary;
const tmp = mkdtempSync(join(tmpdir(), 'fleet-incidents-e2e-'));
/** incident:changed pushes to the vehicle's operator's console, and to another enterprise's operator. */
const pushedToOperator: IncidentSummary[] = [];
const pushedToOther: IncidentSummary[] = [];
const sockets: Socket[] = [];

async function listen(session: ApiSession, into: IncidentSummary[]): Promise<void> {
  const socket = io(`${platform.httpUrl}/live`, {
    transports: ['websocket'],
    forceNew: true,
    auth: { token: session.tokens.accessToken },
  });
  sockets.push(socket);
  socket.on('incident:changed', (incident: IncidentSummary) => into.push(incident));
  await new Promise<void>((r) => socket.once('fleet:snapshot', () => r()));
}

const incidentsOf = async (session: ApiSession, query: string) =>
  (await session.get<{ items: IncidentSummary[] }>(`/api/v1/incidents?${query}`)).items;

const sendEvent = (kind: (typeof EventKind)[keyof typeof EventKind], timeMs: number, seq: number) =>
  terminal.publishAsync(
    vehicleTopic(VEHICLE.id, 'events'),
    Buffer.from(
      encodeVehicleEvent({
        vehicleId: VEHICLE.id,
        seq,
        timeUnixMs: timeMs,
        kind,
        latDeg: 31.2905,
        lonDeg: 121.162,
        speedMps: 6,
        controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
        detail: 'rear-ended at a crossing',
      }),
    ),
    { qos: 1 },
  );

const step = (session: ApiSession, id: number, name: string, note = '') =>
  session.fetch(`/api/v1/incidents/${id}/${name}`, { method: 'POST', body: JSON.stringify({ note }) });

beforeAll(async () => {
  platform = await startPlatform({
    SIMULATOR_VEHICLES: String(FLEET.length),
    // The rules' 90 s before the event stays; a short time after it and quick checks keep the test fast.
    INCIDENT_SETTINGS: JSON.stringify({
      windows: { collision: { afterMs: 2_000 }, minimal_risk_maneuver: { afterMs: 2_000 }, manual: { afterMs: 2_000 } },
      captureGraceMs: 300,
      captureCheckMs: 500,
    }),
  });
  [admin, regulator, assessor, operator, otherOperator] = await Promise.all([
    signIn(platform.httpUrl, DEV.admin),
    signIn(platform.httpUrl, DEV.regulator),
    signIn(platform.httpUrl, DEV.assessor),
    signIn(platform.httpUrl, OWN_OPERATOR),
    signIn(platform.httpUrl, OTHER_OPERATOR),
  ]);
  terminal = await connectVehicle(platform.mqttUrl, VEHICLE.id);
  await Promise.all([listen(operator, pushedToOperator), listen(otherOperator, pushedToOther)]);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await terminal?.endAsync();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
  rmSync(tmp, { recursive: true, force: true });
});

describe('incidents: a collision over the real broker locks verifiable evidence', () => {
  it('opens an incident from the collision event and locks ≥ 90 s of samples before it', async () => {
    const t0 = Date.now() - 110_000;
    eventMs = t0 + EVENT_AT_S * 1_000;
    const samples = Array.from({ length: 110 * HZ }, (_, i) =>
      sampleAt(t0 + i * (1_000 / HZ), { speedMps: 8 + (i % 10) / 10, safetyOfficerId: `SO-${VEHICLE.id}` }),
    );
    let seq = 0;
    // Acknowledged only after commit: once the last frame is acked, all telemetry is in the database.
    for (let i = 0; i < samples.length; i += 100)
      await terminal.publishAsync(
        vehicleTopic(VEHICLE.id, 'telemetry'),
        telemetryFrame(VEHICLE.id, ++seq, samples.slice(i, i + 100)),
        { qos: 1 },
      );
    await sendEvent(EventKind.EVENT_KIND_COLLISION, eventMs, 1);

    await waitFor(async () => {
      const found = (await incidentsOf(operator, `vehicleId=${VEHICLE.id}`)).find((i) => i.kind === 'collision');
      if (found) incident = found;
      return found?.evidenceState === 'locked';
    }, 30_000);
    expect(incident).toMatchObject({
      vehicleId: VEHICLE.id,
      enterpriseId: VEHICLE.enterpriseId,
      kind: 'collision',
      time: new Date(eventMs).toISOString(),
      status: 'opened',
    });
    expect(incident.deadlines.map((d) => [d.kind, d.status])).toEqual([
      ['initial_notice', 'pending'],
      ['analysis_report', 'pending'],
    ]);
    expect(Date.parse(incident.deadlines[0]!.dueAt) - Date.parse(incident.openedAt)).toBe(24 * 3_600_000);

    const evidence = await operator.get<IncidentEvidence>(`/api/v1/incidents/${incident.id}/evidence`);
    expect(evidence.state).toBe('locked');
    const times = evidence.samples.map((s) => Date.parse(s.time));
    expect(Math.min(...times)).toBeLessThanOrEqual(eventMs - 90_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(eventMs + 2_000);
    expect(times.filter((t) => t < eventMs).length).toBeGreaterThanOrEqual(90 * HZ);
    expect(evidence.events).toMatchObject([
      { time: new Date(eventMs).toISOString(), kind: EventKind.EVENT_KIND_COLLISION },
    ]);
    expect(evidence.chain?.digest).toBe(evidence.digest);

    const verified = await regulator.get<EvidenceVerifyResult>(`/api/v1/incidents/${incident.id}/evidence/verify`);
    expect(verified).toMatchObject({ valid: true, state: 'locked', storedDigest: evidence.digest });
    expect(verified.sampleCount).toBe(evidence.samples.length);

    // Pushed live to the vehicle's operator: opened, then locked.
    await waitFor(() => pushedToOperator.some((i) => i.id === incident.id && i.evidenceState === 'locked'), 5_000);
    expect(pushedToOperator.find((i) => i.id === incident.id)?.evidenceState).toBe('pending');
  });

  it('opens nothing new when the same event is sent again', async () => {
    await sendEvent(EventKind.EVENT_KIND_COLLISION, eventMs, 2);
    // A later, different event: once its incident exists, the re-sent collision has been processed too.
    await sendEvent(EventKind.EVENT_KIND_MINIMAL_RISK_STARTED, eventMs + 500, 3);
    await waitFor(
      async () =>
        (await incidentsOf(regulator, `vehicleId=${VEHICLE.id}`)).some((i) => i.kind === 'minimal_risk_maneuver'),
      20_000,
    );
    const collisions = (await incidentsOf(regulator, `vehicleId=${VEHICLE.id}`)).filter((i) => i.kind === 'collision');
    expect(collisions.map((i) => i.id)).toEqual([incident.id]);
  });

  it('keeps another enterprise out: its operator gets 404, and sees none in the list', async () => {
    expect((await otherOperator.fetch(`/api/v1/incidents/${incident.id}`)).status).toBe(404);
    expect((await otherOperator.fetch(`/api/v1/incidents/${incident.id}/evidence`)).status).toBe(404);
    expect((await step(otherOperator, incident.id, 'submit')).status).toBe(404);
    expect((await incidentsOf(otherOperator, '')).filter((i) => i.vehicleId === VEHICLE.id)).toEqual([]);
    expect(pushedToOther.filter((i) => i.vehicleId === VEHICLE.id)).toEqual([]);
  });

  it('lets the operator write the report and submit, the regulator review, return and close; nobody else', async () => {
    const id = incident.id;
    const report = await operator.fetch(`/api/v1/incidents/${id}/report`, {
      method: 'PUT',
      body: JSON.stringify({
        place: '安亭镇墨玉南路与安驰路口',
        controlModeAtEvent: 'automated',
        otherParty: '小型轿车一辆',
        injuries: '无',
        damage: '后保险杠轻微损伤',
        weather: '晴',
        lighting: '白天',
        roadSurface: '干燥',
        movementBefore: '直行减速',
        collisionType: 'rear_end',
        narrative: '前车急停，本车制动不及发生追尾。',
        atFault: false,
      }),
    });
    expect(report.status).toBe(200);
    expect(((await report.json()) as IncidentDetail).report).toMatchObject({
      collisionType: 'rear_end',
      atFault: false,
    });
    expect((await regulator.fetch(`/api/v1/incidents/${id}/report`, { method: 'PUT', body: '{}' })).status).toBe(403);

    expect((await step(operator, id, 'close')).status).toBe(403);
    expect((await step(regulator, id, 'draft')).status).toBe(403);
    expect((await step(regulator, id, 'submit')).status).toBe(403);
    expect((await step(assessor, id, 'submit')).status).toBe(403);
    expect((await step(operator, id, 'draft')).status).toBe(200);
    // Not yet submitted: a regulator cannot close it.
    expect((await step(regulator, id, 'close')).status).toBe(409);
    const submitted = (await (await step(operator, id, 'submit', '初报')).json()) as IncidentDetail;
    expect(submitted.status).toBe('submitted');
    expect(submitted.deadlines[0]).toMatchObject({ kind: 'initial_notice', status: 'met' });
    expect((await step(regulator, id, 'review')).status).toBe(200);
    const returned = (await (await step(regulator, id, 'return', '请补充事故经过')).json()) as IncidentDetail;
    expect(returned.status).toBe('drafting');
    expect((await step(operator, id, 'submit', '已补充')).status).toBe(200);
    const closing = await regulator.fetch(`/api/v1/incidents/${id}/close`, {
      method: 'POST',
      body: JSON.stringify({ note: '同意结案', atFault: true }),
    });
    const closed = (await closing.json()) as IncidentDetail;
    expect(closed.status).toBe('closed');
    // The regulator's finding on fault overrides the operator's report.
    expect(closed).toMatchObject({ atFault: true, report: { atFault: true } });
    expect(closed.deadlines[1]).toMatchObject({ kind: 'analysis_report', status: 'met' });
    expect(closed.history.map((h) => h.action)).toEqual([
      'opened',
      'evidence_locked',
      'report',
      'draft',
      'submit',
      'review',
      'return',
      'submit',
      'close',
    ]);

    const audit = await admin.get<{ items: { action: string; outcome: string; targetId: string }[] }>(
      `/api/v1/audit?limit=1000`,
    );
    const entries = audit.items.filter((e) => e.targetId === String(id)).map((e) => `${e.action}:${e.outcome}`);
    for (const expected of [
      'incident.report:success',
      'incident.submit:success',
      'incident.review:success',
      'incident.return:success',
      'incident.close:success',
      'incident.close:denied',
      'incident.draft:denied',
    ])
      expect(entries).toContain(expected);
  });

  it('refuses to delete an incident or its evidence, and audits the attempt', async () => {
    const id = incident.id;
    expect((await admin.fetch(`/api/v1/incidents/${id}`, { method: 'DELETE' })).status).toBe(409);
    expect((await admin.fetch(`/api/v1/incidents/${id}/evidence`, { method: 'DELETE' })).status).toBe(409);
    expect((await operator.fetch(`/api/v1/incidents/${id}`, { method: 'DELETE' })).status).toBe(403);
    const audit = await admin.get<{ items: { action: string; outcome: string; targetId: string; actorId: string }[] }>(
      `/api/v1/audit?limit=1000`,
    );
    const refusals = audit.items.filter((e) => e.targetId === String(id) && e.action.startsWith('incident.delete'));
    expect(refusals.map((e) => e.outcome)).toEqual(['denied', 'denied', 'denied']);
    expect((await regulator.get<EvidenceVerifyResult>(`/api/v1/incidents/${id}/evidence/verify`)).valid).toBe(true);
  });

  it('stores attachments with their SHA-256, from JSON and multipart uploads', async () => {
    const id = incident.id;
    const photo = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7) % 256));
    const sha = createHash('sha256').update(photo).digest('hex');
    const viaJson = await operator.post<{ id: number; sha256: string; sizeBytes: number }>(
      `/api/v1/incidents/${id}/attachments`,
      { fileName: '现场照片.jpg', contentType: 'image/jpeg', contentBase64: photo.toString('base64') },
    );
    expect(viaJson).toMatchObject({ sha256: sha, sizeBytes: photo.length });

    const form = new FormData();
    const big = Buffer.alloc(600_000, 3);
    form.append('file', new Blob([big], { type: 'application/pdf' }), 'police-report.pdf');
    const multipart = await fetch(`${platform.httpUrl}/api/v1/incidents/${id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator.tokens.accessToken}` },
      body: form,
    });
    expect(multipart.status).toBe(201);
    const uploaded = (await multipart.json()) as { id: number; sha256: string };
    expect(uploaded.sha256).toBe(createHash('sha256').update(big).digest('hex'));

    const back = await regulator.fetch(`/api/v1/incidents/${id}/attachments/${viaJson.id}`);
    expect(back.headers.get('x-content-sha256')).toBe(sha);
    expect(Buffer.compare(Buffer.from(await back.arrayBuffer()), photo)).toBe(0);
    expect((await step(assessor, id, 'attachments')).status).toBe(403);
    const list = await assessor.get<{ fileName: string }[]>(`/api/v1/incidents/${id}/attachments`);
    expect(list.map((a) => a.fileName)).toEqual(['现场照片.jpg', 'police-report.pdf']);
  });

  it('exports a package that the documented command verifies offline, and rejects once altered', async () => {
    const res = await regulator.fetch(`/api/v1/incidents/${incident.id}/export`);
    expect(res.status).toBe(200);
    const file = join(tmp, 'package.json');
    writeFileSync(file, await res.text());
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { csv: { samples: string }; samples: { speedMps: number }[] };
    expect(pkg.csv.samples.split('\r\n')[0]).toMatch(/^vehicleId,time,seq/);

    const verify = (path: string) =>
      spawnSync('npm', ['run', '--silent', 'evidence:verify', '--', path], { cwd: ROOT, encoding: 'utf8' });
    const ok = verify(file);
    expect(ok.stdout).toContain('VALID: incident');
    expect(ok.status).toBe(0);

    pkg.samples[10]!.speedMps += 1;
    const altered = join(tmp, 'altered.json');
    writeFileSync(altered, JSON.stringify(pkg));
    const bad = verify(altered);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('NOT VALID');
  });

  it('opens an incident by hand from a vehicle and a time, within the operator’s own enterprise only', async () => {
    const opened = await operator.post<IncidentDetail>('/api/v1/incidents', {
      vehicleId: VEHICLE.id,
      time: new Date(eventMs - 30_000).toISOString(),
      note: '乘客反映急刹',
    });
    expect(opened).toMatchObject({ kind: 'manual', status: 'opened', openedBy: OWN_OPERATOR.username });
    const foreign = await operator.fetch('/api/v1/incidents', {
      method: 'POST',
      body: JSON.stringify({ vehicleId: OTHER.id, time: new Date(eventMs).toISOString() }),
    });
    expect(foreign.status).toBe(404);
    expect((await assessor.fetch('/api/v1/incidents', { method: 'POST', body: '{}' })).status).toBe(403);

    // From an alert: the rules raised one for the collision; the incident takes its vehicle and time.
    const alerts = await operator.get<{ items: { id: number; raisedAt: string }[] }>(
      `/api/v1/alerts?vehicleId=${VEHICLE.id}&kind=collision`,
    );
    const alert = alerts.items[0]!;
    const fromAlert = await operator.post<IncidentDetail>('/api/v1/incidents', { alertId: alert.id });
    expect(fromAlert).toMatchObject({ kind: 'manual', alertId: alert.id, vehicleId: VEHICLE.id, time: alert.raisedAt });
    const foreignAlert = await otherOperator.fetch('/api/v1/incidents', {
      method: 'POST',
      body: JSON.stringify({ alertId: alert.id }),
    });
    expect(foreignAlert.status).toBe(404);
    await waitFor(
      async () => (await operator.get<IncidentDetail>(`/api/v1/incidents/${opened.id}`)).evidenceState === 'locked',
      20_000,
    );
    expect((await operator.get<EvidenceVerifyResult>(`/api/v1/incidents/${opened.id}/evidence/verify`)).valid).toBe(
      true,
    );
  });
});
