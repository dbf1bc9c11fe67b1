import type { AlertView } from '@fleet/alerts-model';
import { withVinCheckDigit, type VehicleSummary } from '@fleet/fleet-model';
import type { Permit, ZoneFeatureCollection } from '@fleet/registry-model';
import { vehicleTopic } from '@fleet/telemetry-contract';
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

let platform: RunningPlatform;
let regulator: ApiSession;
let operator: ApiSession;

beforeAll(async () => {
  platform = await startPlatform({ SIMULATOR_VEHICLES: '60' });
  [regulator, operator] = await Promise.all([
    signIn(platform.httpUrl, DEV.regulator),
    signIn(platform.httpUrl, DEV.operator01),
  ]);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
});

const DAY_MS = 86_400_000;
const permitBody = (over: Record<string, unknown> = {}) => ({
  id: 'SH-JD-E2E-001',
  enterpriseId: 'ent-demo-01',
  stage: 'road_testing',
  vehicleIds: [] as string[],
  zoneIds: ['test-anting-open-roads'],
  timeWindows: [
    { start: '08:40', end: '11:30' },
    { start: '13:00', end: '16:00' },
  ],
  speedCapKph: 50,
  weatherNote: '雨雪天气暂停',
  validFrom: new Date(Date.now() - DAY_MS).toISOString(),
  validTo: new Date(Date.now() + 180 * DAY_MS).toISOString(),
  insuredAmountCny: 5_000_000,
  safetyOfficerRequired: true,
  driverlessAllowed: false,
  ...over,
});

describe('registry: zones and permits', () => {
  it('exports the zones as a GeoJSON FeatureCollection of areas and road corridors', async () => {
    const zones = await regulator.get<ZoneFeatureCollection>('/api/v1/zones');
    expect(zones.type).toBe('FeatureCollection');
    const types = new Set(zones.features.map((f) => f.geometry.type));
    expect(types).toContain('Polygon');
    expect(types).toContain('LineString');
    const corridor = zones.features.find((f) => f.geometry.type === 'LineString')!;
    expect(corridor.properties.corridor_width_m).toBeGreaterThan(0);
  });

  it('imports zones and refuses malformed geometry with a clear 400', async () => {
    const square = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121.2, 31.3],
            [121.21, 31.3],
            [121.21, 31.31],
            [121.2, 31.31],
            [121.2, 31.3],
          ],
        ],
      },
      properties: { id: 'e2e-square', name_zh: '测试方块', name_en: 'E2E square' },
    };
    const ok = await regulator.post<{ imported: number }>('/api/v1/zones/import', {
      type: 'FeatureCollection',
      features: [square],
    });
    expect(ok.imported).toBe(1);
    const bad = async (feature: unknown) =>
      (
        await regulator.fetch('/api/v1/zones/import', {
          method: 'POST',
          body: JSON.stringify({ type: 'FeatureCollection', features: [feature] }),
        })
      ).status;
    const open = structuredClone(square);
    open.geometry.coordinates[0]!.pop();
    open.geometry.coordinates[0]!.push([121.3, 31.4]);
    expect(await bad(open)).toBe(400);
    expect(
      await bad({
        ...square,
        geometry: {
          type: 'LineString',
          coordinates: [
            [121.2, 31.3],
            [121.3, 31.3],
          ],
        },
      }),
    ).toBe(400);
    expect(await bad({ ...square, geometry: { type: 'Point', coordinates: [121.2, 31.3] } })).toBe(400);
    expect((await operator.fetch('/api/v1/zones/import', { method: 'POST', body: '{}' })).status).toBe(403);
  });

  it('lists permits by scope, grants one with checks of insurance, period and fleet, and audits it', async () => {
    const all = (await regulator.get<{ items: Permit[] }>('/api/v1/permits')).items;
    const own = (await operator.get<{ items: Permit[] }>('/api/v1/permits')).items;
    expect(all.length).toBeGreaterThan(own.length);
    expect(own.every((p) => p.enterpriseId === 'ent-demo-01')).toBe(true);
    const vehicleIds = own[0]!.vehicleIds.slice(0, 2);
    const foreign = all.find((p) => p.enterpriseId !== 'ent-demo-01')!.vehicleIds[0]!;

    const status = async (body: unknown, session = regulator) =>
      (await session.fetch('/api/v1/permits', { method: 'POST', body: JSON.stringify(body) })).status;
    expect(await status(permitBody({ vehicleIds, insuredAmountCny: 1_000_000 }))).toBe(400);
    expect(await status(permitBody({ vehicleIds, validTo: new Date(Date.now() + 600 * DAY_MS).toISOString() }))).toBe(
      400,
    );
    expect(await status(permitBody({ vehicleIds: [...vehicleIds, foreign] }))).toBe(400);
    expect(await status(permitBody({ vehicleIds, zoneIds: ['no-such-zone'] }))).toBe(400);
    expect(await status(permitBody({ vehicleIds, timeWindows: [{ start: '12:00', end: '09:00' }] }))).toBe(400);
    expect(await status(permitBody({ vehicleIds }), operator)).toBe(403);

    const granted = await regulator.post<Permit>('/api/v1/permits', permitBody({ vehicleIds }));
    expect(granted).toMatchObject({ id: 'SH-JD-E2E-001', status: 'active', vehicleIds: [...vehicleIds].sort() });
    expect(await status(permitBody({ vehicleIds }))).toBe(409);
    const byVehicle = await operator.get<{ items: Permit[] }>(`/api/v1/permits?vehicleId=${vehicleIds[0]}`);
    expect(byVehicle.items.map((p) => p.id)).toContain('SH-JD-E2E-001');
  });

  it('suspends, reinstates and revokes with a reason, refuses impossible moves, and records who did it', async () => {
    const act = (action: string, reason = '现场检查发现问题', session = regulator) =>
      session.fetch(`/api/v1/permits/SH-JD-E2E-001/${action}`, { method: 'POST', body: JSON.stringify({ reason }) });
    expect((await act('suspend', '现场检查', operator)).status).toBe(403);
    expect((await act('suspend', '')).status).toBe(400);
    const suspended = (await (await act('suspend')).json()) as Permit;
    expect(suspended).toMatchObject({
      status: 'suspended',
      statusReason: '现场检查发现问题',
      statusChangedBy: 'regulator',
    });
    expect((await act('suspend')).status).toBe(409);
    expect(((await (await act('reinstate', '整改完成')).json()) as Permit).status).toBe('active');
    expect(((await (await act('revoke', '严重违规')).json()) as Permit).status).toBe('revoked');
    expect((await act('reinstate', '整改完成')).status).toBe(409);
    expect(
      (await regulator.fetch('/api/v1/permits/NO-SUCH/suspend', { method: 'POST', body: '{"reason":"x y"}' })).status,
    ).toBe(404);
    const audit = await regulator.get<{ items: { action: string; targetId: string }[] }>('/api/v1/audit?limit=100');
    const steps = audit.items.filter((e) => e.targetId === 'SH-JD-E2E-001').map((e) => e.action);
    expect(steps).toEqual(['permit.revoke', 'permit.reinstate', 'permit.suspend', 'permit.create']);
  });

  it('registers a test entity and a vehicle (VIN checked), which then connects, reports and is held to having a permit', async () => {
    const enterprise = { id: 'ent-e2e', nameZh: '测试主体（端到端）', nameEn: 'E2E test entity' };
    expect(
      (await operator.fetch('/api/v1/enterprises', { method: 'POST', body: JSON.stringify(enterprise) })).status,
    ).toBe(403);
    await regulator.post('/api/v1/enterprises', enterprise);
    const vehicle = {
      id: 'E2E-0001',
      vin: withVinCheckDigit('LE2EA2180N2183294'),
      plate: '沪A·E2E01试',
      category: 'robotaxi',
      automationLevel: 4,
      driverlessCapable: true,
      enterpriseId: 'ent-e2e',
    };
    const register = (body: unknown) =>
      regulator.fetch('/api/v1/vehicles', { method: 'POST', body: JSON.stringify(body) });
    // A wrong check digit (position 9), letters a VIN never has, and an unknown enterprise are refused.
    const wrongDigit = `${vehicle.vin.slice(0, 8)}${vehicle.vin[8] === '1' ? '2' : '1'}${vehicle.vin.slice(9)}`;
    expect((await register({ ...vehicle, vin: wrongDigit })).status).toBe(400);
    expect((await register({ ...vehicle, vin: `${vehicle.vin.slice(0, 16)}O` })).status).toBe(400);
    expect((await register({ ...vehicle, enterpriseId: 'ent-nope' })).status).toBe(400);
    expect((await register(vehicle)).status).toBe(201);
    expect((await register(vehicle)).status).toBe(409);
    const enterprises = await regulator.get<{ items: { id: string; vehicles: number }[] }>('/api/v1/enterprises');
    expect(enterprises.items.find((e) => e.id === 'ent-e2e')?.vehicles).toBe(1);
    // Registry ids follow one rule everywhere (letters, digits, . _ -), a safety officer's included.
    const officer = { id: 'SO.E2E-1', name: '安全员甲', enterpriseId: 'ent-e2e', licenceYears: 6 };
    expect(await regulator.post('/api/v1/safety-officers', officer)).toEqual(officer);
    expect((await operator.get<{ items: { id: string }[] }>('/api/v1/enterprises')).items.map((e) => e.id)).toEqual([
      'ent-demo-01',
    ]);

    const issued = await regulator.post<{ mqttPassword: string }>(`/api/v1/vehicles/${vehicle.id}/credentials`, {});
    const terminal = await connectVehicle(platform.mqttUrl, vehicle.id, issued.mqttPassword);
    const t = Date.now();
    // Automated, with no permit naming it: the live rules must say so.
    await terminal.publishAsync(vehicleTopic(vehicle.id, 'telemetry'), telemetryFrame(vehicle.id, 1, [sampleAt(t)]), {
      qos: 1,
    });
    await waitFor(
      async () => (await regulator.get<VehicleSummary>(`/api/v1/vehicles/${vehicle.id}`)).state?.timeMs === t,
      15_000,
    );
    await waitFor(
      async () => {
        await terminal.publishAsync(
          vehicleTopic(vehicle.id, 'telemetry'),
          telemetryFrame(vehicle.id, 2, [sampleAt(Date.now())]),
          { qos: 1 },
        );
        const { items } = await regulator.get<{ items: AlertView[] }>(`/api/v1/alerts?vehicleId=${vehicle.id}`);
        return items.some((a) => a.kind === 'no_active_permit');
      },
      15_000,
      () => `no no_active_permit alert for ${vehicle.id}\n${platform.logs()}`,
    );
    await terminal.endAsync();
  });
});
