import type { Queryable } from '@fleet/db';
import { Polyline, type LonLat } from '@fleet/geo';

export type SyntheticSample = {
  timeMs: number;
  lat: number;
  lon: number;
  speedMps: number;
  /** Wire number: 1 manual, 2 assisted, 3 automated, 4 remote, 5 minimal risk. */
  mode: number;
  resent?: boolean;
  safetyOfficerId?: string;
};

/** A route of known length in the pilot zone: a closed loop of four legs (about 1.5 km each) around Anting. */
export const TEST_ROUTE: readonly LonLat[] = [
  [121.16, 31.29],
  [121.1757, 31.29],
  [121.1757, 31.3035],
  [121.16, 31.3035],
  [121.16, 31.29],
];

/** Samples every `stepS` seconds at `speedMps` along the route from `startMs`; `mode` per elapsed second. */
export function driveAlong(
  route: readonly LonLat[],
  startMs: number,
  durationS: number,
  options: { stepS?: number; speedMps?: number; mode?: (elapsedS: number) => number; offsetM?: number } = {},
): SyntheticSample[] {
  const line = new Polyline(route);
  const step = options.stepS ?? 1;
  const speed = options.speedMps ?? 10;
  const samples: SyntheticSample[] = [];
  for (let t = 0; t <= durationS + 1e-9; t += step) {
    const s = (options.offsetM ?? 0) + t * speed;
    const [lon, lat] = line.poseAt(Math.min(s, line.lengthM)).position;
    samples.push({ timeMs: startMs + Math.round(t * 1_000), lat, lon, speedMps: speed, mode: options.mode?.(t) ?? 3 });
  }
  return samples;
}

/** Inserts samples as the ingest would (≤ 500 rows a statement, duplicates ignored). */
export async function insertSamples(
  db: Queryable,
  vehicleId: string,
  samples: SyntheticSample[],
  receivedAt = new Date(),
): Promise<void> {
  for (let i = 0; i < samples.length; i += 500) {
    const chunk = samples.slice(i, i + 500);
    await db.query(
      `INSERT INTO telemetry_samples (vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps,
         heading_deg, accel_mps2, control_mode, takeover_requested, safety_officer_id)
       SELECT $1, to_timestamp(t / 1000.0), t, $2, r, la, lo, sp, 0, 0, m, false, so
         FROM unnest($3::float8[], $4::bool[], $5::float8[], $6::float8[], $7::float4[], $8::int2[], $9::text[])
           AS u(t, r, la, lo, sp, m, so)
       ON CONFLICT (vehicle_id, time) DO NOTHING`,
      [
        vehicleId,
        receivedAt,
        chunk.map((s) => s.timeMs),
        chunk.map((s) => s.resent ?? false),
        chunk.map((s) => s.lat),
        chunk.map((s) => s.lon),
        chunk.map((s) => s.speedMps),
        chunk.map((s) => s.mode),
        chunk.map((s) => s.safetyOfficerId ?? null),
      ],
    );
  }
}

/** Inserts one vehicle event (kind and initiator as wire numbers: 2 disengagement, 3 takeover request). */
export async function insertEvent(
  db: Queryable,
  vehicleId: string,
  event: {
    timeMs: number;
    kind: number;
    initiator?: number;
    responseTimeMs?: number;
    resent?: boolean;
    detail?: string;
  },
  receivedAt = new Date(),
): Promise<void> {
  await db.query(
    `INSERT INTO vehicle_events (vehicle_id, time, seq, received_at, resent, kind, initiator, response_time_ms, detail)
     VALUES ($1, to_timestamp($2 / 1000.0), $2, $3, $4, $5, $6, $7, $8)`,
    [
      vehicleId,
      event.timeMs,
      receivedAt,
      event.resent ?? false,
      event.kind,
      event.initiator ?? null,
      event.responseTimeMs ?? null,
      event.detail ?? '',
    ],
  );
}
