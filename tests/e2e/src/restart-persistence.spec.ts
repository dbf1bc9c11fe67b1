import { demoFleet } from '@fleet/demo-fleet';
import type { VehicleTrack } from '@fleet/fleet-model';
import { vehicleTopic } from '@fleet/telemetry-contract';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  connectVehicle,
  DEV,
  removeDataDir,
  type RunningPlatform,
  signIn,
  startPlatform,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

const dataDir = mkdtempSync(join(tmpdir(), 'fleet-e2e-restart-'));
const [vehicle] = demoFleet(1);
let platform: RunningPlatform | undefined;

afterAll(async () => {
  await platform?.stop();
  removeDataDir(dataDir);
});

async function publishAndAwait(p: RunningPlatform, seq: number, timeMs: number): Promise<VehicleTrack> {
  const client = await connectVehicle(p.mqttUrl, vehicle!.id);
  await client.publishAsync(
    vehicleTopic(vehicle!.id, 'telemetry'),
    telemetryFrame(vehicle!.id, seq, [sampleAt(timeMs)]),
    { qos: 1 },
  );
  await client.endAsync();
  // Signing in again after the restart also shows the accounts survived it.
  const api = await signIn(p.httpUrl, DEV.regulator);
  const path = `/api/v1/vehicles/${vehicle!.id}/track?from=${new Date(timeMs - 600_000).toISOString()}&to=${new Date(timeMs + 600_000).toISOString()}`;
  await waitFor(async () => (await api.get<VehicleTrack>(path)).points.some((pt) => pt.timeMs === timeMs), 15_000);
  return api.get<VehicleTrack>(path);
}

describe('embedded platform restart', () => {
  it('keeps committed telemetry under DATA_DIR across a restart and keeps ingesting after it', async () => {
    const t = Date.now() - 120_000;
    platform = await startPlatform({}, dataDir);
    await publishAndAwait(platform, 1, t);
    await platform.stop();

    platform = await startPlatform({}, dataDir);
    const track = await publishAndAwait(platform, 2, t + 1_000);
    expect(track.points.map((p) => p.timeMs)).toEqual([t, t + 1_000]);
  });
});
