import { demoFleet } from '@fleet/demo-fleet';
import type { VehicleSummary, VehicleTrack } from '@fleet/fleet-model';
import { decodeFleetUpdate, type FleetSnapshot } from '@fleet/live-events';
import { encodeTelemetryBatch, vehicleTopic } from '@fleet/telemetry-contract';
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

type DeadLetters = { items: { reason: string; vehicleId: string | null; topic: string; payloadHex: string }[] };

const [A, B, C, D] = demoFleet(20);
let platform: RunningPlatform;
let api: ApiSession;
/** One terminal per vehicle, as in the field: the broker lets a vehicle publish only under its own id. */
const terminals = new Map<string, MqttClient>();
let t0: number;

const trackOf = (id: string, fromMs: number, toMs: number) =>
  api.get<VehicleTrack>(
    `/api/v1/vehicles/${id}/track?from=${new Date(fromMs).toISOString()}&to=${new Date(toMs).toISOString()}`,
  );
const publish = async (topic: string, payload: Buffer | Uint8Array) => {
  const vehicleId = topic.split('/')[2]!;
  let terminal = terminals.get(vehicleId);
  if (!terminal) {
    terminal = await connectVehicle(platform.mqttUrl, vehicleId);
    terminals.set(vehicleId, terminal);
  }
  await terminal.publishAsync(topic, Buffer.from(payload), { qos: 1 });
};
const deadLetters = (query = '') => api.get<DeadLetters>(`/api/v1/dead-letters${query}`);

beforeAll(async () => {
  platform = await startPlatform();
  api = await signIn(platform.httpUrl, DEV.regulator);
  t0 = Date.now() - 60_000;
}, 120_000);

afterAll(async () => {
  await Promise.all([...terminals.values()].map((t) => t.endAsync()));
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
});

describe('ingest pipeline over the embedded broker and TimescaleDB', () => {
  it('stores published samples and serves them as the latest state and the track', async () => {
    const samples = [sampleAt(t0), sampleAt(t0 + 100), sampleAt(t0 + 200, { speedMps: 11.5 })];
    await publish(vehicleTopic(A!.id, 'telemetry'), telemetryFrame(A!.id, 1, samples));

    await waitFor(
      async () => (await api.get<VehicleSummary>(`/api/v1/vehicles/${A!.id}`)).state?.timeMs === t0 + 200,
      15_000,
    );
    const summary = await api.get<VehicleSummary>(`/api/v1/vehicles/${A!.id}`);
    expect(summary).toMatchObject({
      id: A!.id,
      vin: A!.vin,
      plate: A!.plate,
      state: { online: true, controlMode: 'automated', batterySocPct: 76 },
    });
    expect(summary.state?.speedMps).toBeCloseTo(11.5);
    const track = await trackOf(A!.id, t0 - 1_000, t0 + 1_000);
    expect(track.bucketMs).toBeNull();
    expect(track.points.map((p) => p.timeMs)).toEqual([t0, t0 + 100, t0 + 200]);
    expect(track.points[0]!.latDeg).toBeCloseTo(samples[0]!.latDeg!, 9);

    const list = await api.get<{ items: VehicleSummary[]; total: number }>(
      `/api/v1/vehicles?q=${encodeURIComponent(A!.plate)}`,
    );
    expect(list.items.map((v) => v.id)).toEqual([A!.id]);
  });

  it('stores a redelivered frame and a re-sent copy of its samples exactly once', async () => {
    const samples = [sampleAt(t0 + 1_000), sampleAt(t0 + 1_100)];
    const frame = telemetryFrame(B!.id, 10, samples);
    await publish(vehicleTopic(B!.id, 'telemetry'), frame);
    await publish(vehicleTopic(B!.id, 'telemetry'), frame);
    await publish(vehicleTopic(B!.id, 'telemetry'), telemetryFrame(B!.id, 11, samples, true));
    // A later sample proves every frame before it was processed (one connection keeps MQTT order).
    await publish(vehicleTopic(B!.id, 'telemetry'), telemetryFrame(B!.id, 12, [sampleAt(t0 + 1_200)]));
    await waitFor(async () => (await trackOf(B!.id, t0, t0 + 2_000)).points.length >= 3, 15_000);
    const track = await trackOf(B!.id, t0, t0 + 2_000);
    expect(track.points.map((p) => p.timeMs)).toEqual([t0 + 1_000, t0 + 1_100, t0 + 1_200]);
    const metrics = await (await fetch(`${platform.httpUrl}/metrics`)).text();
    const duplicates = Number(/^ingest_samples_duplicate_total\{[^}]*\} (\d+)/m.exec(metrics)?.[1]);
    expect(duplicates).toBeGreaterThanOrEqual(4);
  });

  it('dead-letters a malformed frame with its reason and bytes, and still stores the next good frame', async () => {
    const garbage = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x12, 0x99]);
    await publish(vehicleTopic(C!.id, 'telemetry'), garbage);
    await publish(vehicleTopic(C!.id, 'telemetry'), telemetryFrame(C!.id, 1, [sampleAt(t0 + 3_000)]));
    await waitFor(async () => (await trackOf(C!.id, t0, t0 + 5_000)).points.length === 1, 15_000);
    const letters = await deadLetters(`?vehicleId=${C!.id}`);
    expect(letters.items).toHaveLength(1);
    expect(letters.items[0]).toMatchObject({
      reason: 'malformed_protobuf',
      topic: vehicleTopic(C!.id, 'telemetry'),
      payloadHex: garbage.toString('hex'),
    });
  });

  it('refuses payloads that speak for another vehicle and impossible values (defence behind the broker)', async () => {
    await publish(vehicleTopic(D!.id, 'telemetry'), telemetryFrame(A!.id, 99, [sampleAt(t0 + 4_000)]));
    await publish(
      vehicleTopic(D!.id, 'telemetry'),
      telemetryFrame(D!.id, 1, [sampleAt(t0 + 4_000, { speedMps: 250 })]),
    );
    await publish(
      vehicleTopic(D!.id, 'telemetry'),
      Buffer.from(encodeTelemetryBatch({ vehicleId: D!.id, seq: 2, samples: [] })),
    );
    await waitFor(async () => (await deadLetters(`?vehicleId=${D!.id}`)).items.length === 3, 15_000);
    const reasons = (await deadLetters(`?vehicleId=${D!.id}`)).items.map((l) => l.reason).sort();
    expect(reasons).toEqual(['empty_batch', 'invalid_value', 'topic_mismatch']);
    // Nothing of A's was written through D's topic.
    expect((await trackOf(A!.id, t0 + 3_500, t0 + 5_000)).points).toEqual([]);
  });

  it('pushes a snapshot on connect and then the vehicles that moved, as binary columns', async () => {
    const socket: Socket = io(`${platform.httpUrl}/live`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: api.tokens.accessToken },
    });
    try {
      const snapshot = await new Promise<FleetSnapshot>((resolve) => socket.once('fleet:snapshot', resolve));
      expect(snapshot.vehicles).toHaveLength(20);
      const slotOfD = snapshot.vehicles.find((v) => v.id === D!.id)!.slot;
      const seen: { lat: number; time: number }[] = [];
      socket.on('fleet:update', (buffer: Uint8Array) => {
        const update = decodeFleetUpdate(buffer);
        const i = Array.from(update.slot).indexOf(slotOfD);
        if (i >= 0) seen.push({ lat: update.latDeg[i]!, time: update.timeMs[i]! });
      });
      const live = sampleAt(Date.now(), { latDeg: 31.3123 });
      await publish(vehicleTopic(D!.id, 'telemetry'), telemetryFrame(D!.id, 3, [live]));
      await waitFor(() => seen.length > 0, 10_000);
      expect(seen.at(-1)).toEqual({ lat: 31.3123, time: live.timeUnixMs });
    } finally {
      socket.close();
    }
  });

  it('answers hostile or malformed API requests with clear 4xx errors', async () => {
    const status = async (path: string) => (await api.fetch(path)).status;
    expect(await status(`/api/v1/vehicles/${A!.id}/track?from=yesterday`)).toBe(400);
    expect(await status(`/api/v1/vehicles/${A!.id}/track?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`)).toBe(400);
    expect(await status(`/api/v1/vehicles/${A!.id}/track?from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`)).toBe(400);
    expect(await status('/api/v1/vehicles/NOPE-9999')).toBe(404);
    expect(await status('/api/v1/vehicles/NOPE-9999/track')).toBe(404);
    expect(await status(`/api/v1/vehicles/${'x'.repeat(500)}`)).toBe(400);
    expect(await status('/api/v1/vehicles?limit=-1')).toBe(400);
    expect(await status("/api/v1/vehicles?q=' OR 1=1 --")).toBe(200);
    const body = (await (await api.fetch(`/api/v1/vehicles/${A!.id}/track?from=nope`)).json()) as {
      error: { code: string; details: { path: string }[] };
    };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.map((d) => d.path)).toContain('from');
  });

  it('files re-sent history without moving the live position back', async () => {
    const before = await api.get<VehicleSummary>(`/api/v1/vehicles/${A!.id}`);
    await publish(vehicleTopic(A!.id, 'telemetry'), telemetryFrame(A!.id, 2, [sampleAt(t0 - 30_000)], true));
    await waitFor(async () => (await trackOf(A!.id, t0 - 31_000, t0 - 29_000)).points.length === 1, 15_000);
    const after = await api.get<VehicleSummary>(`/api/v1/vehicles/${A!.id}`);
    expect(after.state?.timeMs).toBe(before.state?.timeMs);
  });
});
