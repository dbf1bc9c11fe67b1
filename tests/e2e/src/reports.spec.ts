import { demoFleet } from '@fleet/demo-fleet';
import { Polyline } from '@fleet/geo';
import { driveAlong, type SyntheticSample } from '@fleet/reports-data/testing';
import {
  DISENGAGEMENT_CSV_COLUMNS,
  type PeriodicReport,
  type PromotionResponse,
  type VehicleStats,
} from '@fleet/reports-model';
import { encodeVehicleEvent, vehicleTopic } from '@fleet/telemetry-contract';
import type { MqttClient } from 'mqtt';
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

const FLEET = demoFleet(20);
const CAR = FLEET.find((v) => v.category === 'robotaxi')!;
const OWN_OPERATOR = { username: `operator-${CAR.enterpriseId.slice(-2)}`, password: DEV.operator01.password };
const OTHER_OPERATOR = {
  username: `operator-${FLEET.find((v) => v.enterpriseId !== CAR.enterpriseId)!.enterpriseId.slice(-2)}`,
  password: DEV.operator01.password,
};
// An L-shaped route near Anting (about 1 km), driven live at 25 m/s, sampled at 10 Hz and sent once a second
// as terminals do. Live data is counted once it is a little old (the refresher's settle time), so the test
// polls until it is.
const ROUTE: [number, number][] = [
  [121.17, 31.3],
  [121.1757, 31.3],
  [121.1757, 31.3045],
];
const ROUTE_M = new Polyline(ROUTE).lengthM;
const SPEED_MPS = 25;
// Long enough to reach the end of the route (the last samples stand there).
const DURATION_S = Math.ceil(ROUTE_M / SPEED_MPS);
// Samples from 15 s to 28 s stay in the vehicle's buffer at first (a connectivity gap), re-sent later.
const GAP_S = [15, 28] as const;

let platform: RunningPlatform;
let admin: ApiSession;
let terminal: MqttClient;
let seq = 0;

let DRIVE: SyntheticSample[] = [];
let T0 = 0;
const inGap = (s: SyntheticSample) => s.timeMs > T0 + GAP_S[0] * 1_000 && s.timeMs < T0 + GAP_S[1] * 1_000;

async function send(samples: SyntheticSample[], resent = false): Promise<void> {
  for (let i = 0; i < samples.length; i += 10) {
    const frame = samples
      .slice(i, i + 10)
      .map((s) =>
        sampleAt(s.timeMs, { latDeg: s.lat, lonDeg: s.lon, speedMps: s.speedMps, safetyOfficerId: 'SO-E2E' }),
      );
    await terminal.publishAsync(vehicleTopic(CAR.id, 'telemetry'), telemetryFrame(CAR.id, ++seq, frame, resent), {
      qos: 1,
    });
  }
}

const period = () => `from=${new Date(T0 - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
const stats = (session: ApiSession) => session.get<VehicleStats>(`/api/v1/vehicles/${CAR.id}/stats?${period()}`);

/** Drives the route live: each second, the ten samples of that second. */
async function driveLive(): Promise<void> {
  T0 = Date.now();
  DRIVE = driveAlong(ROUTE, T0, DURATION_S, { stepS: 0.1, speedMps: SPEED_MPS });
  for (let second = 0; second * 10 < DRIVE.length; second++) {
    const due = T0 + (second + 1) * 1_000;
    await waitFor(() => Date.now() >= due, 5_000);
    await send(DRIVE.slice(second * 10, second * 10 + 10).filter((s) => !inGap(s)));
  }
}

/** Refreshes the aggregates (admin) until the vehicle's figures pass the check. */
async function refreshUntil(check: (stats: VehicleStats) => boolean): Promise<VehicleStats> {
  let last: VehicleStats | undefined;
  await waitFor(
    async () => {
      await admin.post('/api/v1/reports/refresh', {});
      last = await stats(admin);
      return check(last);
    },
    90_000,
    () => JSON.stringify(last),
  );
  return last!;
}

const within1Percent = (actual: number, expected: number) => Math.abs(actual - expected) / expected < 0.01;

beforeAll(async () => {
  // Live data is counted once it is settleS old (30 s by default); 12 s keeps the test short.
  platform = await startPlatform({ SIMULATOR_VEHICLES: String(FLEET.length), REPORT_SETTINGS: '{"settleS":12}' });
  admin = await signIn(platform.httpUrl, DEV.admin);
  terminal = await connectVehicle(platform.mqttUrl, CAR.id);
}, 120_000);

afterAll(async () => {
  await terminal?.endAsync();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
});

describe('reports: figures from a vehicle driven over the real broker', () => {
  it(
    'reports the distance of a gapped drive without bridging the gap, then the whole route once re-sent',
    { timeout: 240_000 },
    async () => {
      await driveLive();
      const lastSample = new Date(DRIVE.at(-1)!.timeMs).toISOString();
      const gapped = await refreshUntil((s) => s.dataTo === lastSample);
      // The metres driven during the gap are not counted: no straight line across it.
      expect(within1Percent(gapped.distanceKm * 1_000, ROUTE_M - (GAP_S[1] - GAP_S[0]) * SPEED_MPS)).toBe(true);
      expect(gapped.autonomousDistanceKm).toBeCloseTo(gapped.distanceKm, 3);

      await send(DRIVE.filter(inGap), true);
      const whole = await refreshUntil((s) => s.distanceKm > gapped.distanceKm + 0.3);
      expect(within1Percent(whole.distanceKm * 1_000, ROUTE_M)).toBe(true);
      expect(within1Percent(whole.autonomousHours * 3_600, DURATION_S)).toBe(true);
      expect(whole).toMatchObject({ vehicleId: CAR.id, assistedDistanceKm: 0 });
      // Recounting all history gives the same figures.
      await admin.post('/api/v1/reports/refresh', { rebuild: true });
      expect((await stats(admin)).distanceKm).toBeCloseTo(whole.distanceKm, 3);
      expect(whole.generatedAt).toBeTruthy();
    },
  );

  it('counts a disengagement sent as an event and lists it in the DMV-shaped CSV', async () => {
    await terminal.publishAsync(
      vehicleTopic(CAR.id, 'events'),
      Buffer.from(
        encodeVehicleEvent({
          vehicleId: CAR.id,
          seq: ++seq,
          timeUnixMs: T0 + 20_000,
          kind: 2,
          initiator: 2,
          latDeg: DRIVE[200]!.lat,
          lonDeg: DRIVE[200]!.lon,
          detail: 'safety officer took over at a work zone',
          controlMode: 3,
        }),
      ),
      { qos: 1 },
    );
    await waitFor(async () => (await stats(admin)).disengagements.total === 1, 15_000);
    const s = await stats(admin);
    expect(s.disengagements.byInitiator.safety_officer).toBe(1);
    expect(s.disengagements.per1000AutonomousKm).toBeCloseTo(1_000 / s.autonomousDistanceKm, 1);

    const res = await admin.fetch(`/api/v1/reports/disengagements.csv?${period()}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('x-report-generated-at')).toBeTruthy();
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(DISENGAGEMENT_CSV_COLUMNS.join(','));
    const mine = lines.filter((l) => l.includes(CAR.vin));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain(',Yes,Test Driver,');
  });

  it("keeps operators to their own enterprise's figures; assessors read everything", async () => {
    const own = await signIn(platform.httpUrl, OWN_OPERATOR);
    const other = await signIn(platform.httpUrl, OTHER_OPERATOR);
    const assessor = await signIn(platform.httpUrl, DEV.assessor);
    expect((await stats(own)).distanceKm).toBeGreaterThan(1);
    expect((await other.fetch(`/api/v1/vehicles/${CAR.id}/stats?${period()}`)).status).toBe(404);
    expect((await other.fetch(`/api/v1/reports/periodic?enterprise=${CAR.enterpriseId}&${period()}`)).status).toBe(404);
    expect((await assessor.fetch('/api/v1/reports/refresh', { method: 'POST', body: '{}' })).status).toBe(403);

    const report = await assessor.get<PeriodicReport>(
      `/api/v1/reports/periodic?enterprise=${CAR.enterpriseId}&${period()}`,
    );
    expect(report.vehicles.find((v) => v.vehicleId === CAR.id)?.distanceKm).toBeGreaterThan(1);
    const csv = await assessor.fetch(`/api/v1/reports/periodic.csv?enterprise=${CAR.enterpriseId}&${period()}`);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^enterprise_id,vehicle_id,vin,/);

    const promotion = await own.get<PromotionResponse>(`/api/v1/promotion?vehicleId=${CAR.id}`);
    expect(promotion.thresholds).toMatchObject({ autonomousHours: 240, autonomousKm: 1000 });
    expect(promotion.items.length).toBeGreaterThan(0);
    expect(promotion.items.every((i) => i.vehicleId === CAR.id && !i.eligible)).toBe(true);
    expect((await other.get<PromotionResponse>(`/api/v1/promotion?vehicleId=${CAR.id}`)).items).toEqual([]);
  });
});
