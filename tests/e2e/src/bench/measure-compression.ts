// Bytes per telemetry sample in TimescaleDB before and after compression, for infra/SIZING.md:
//   TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tests/e2e/src/bench/measure-compression.ts [vehicles] [hours]
// Synthetic but realistic rows: 1 Hz, vehicles driving smoothly (positions, speed, heading change a little per second).
import { startMigratedTestDatabase } from '@fleet/db/testing';

const vehicles = Number(process.argv[2] ?? 20);
const hours = Number(process.argv[3] ?? 6);
const db = await startMigratedTestDatabase('compression');
try {
  const start = Date.parse('2026-01-05T00:00:00Z');
  for (let v = 0; v < vehicles; v++) {
    await db.pool.query(
      `INSERT INTO telemetry_samples (vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps, heading_deg,
         accel_mps2, control_mode, gear, steering_deg, battery_soc_pct, odometer_km, sensors, fault_level,
         takeover_requested, safety_officer_id, passengers)
       SELECT $1, t, extract(epoch FROM t)::bigint, t + interval '150 ms', false,
              31.35 + 0.01 * sin(i / 600.0 + $2), 121.20 + 0.01 * cos(i / 600.0 + $2),
              (8 + 3 * sin(i / 60.0))::real, ((i / 10) % 360)::real, (0.3 * cos(i / 60.0))::real,
              CASE WHEN (i / 900) % 4 = 0 THEN 1 ELSE 3 END, 4, (2 * sin(i / 30.0))::real,
              (90 - i / 3600.0)::real, 1000 + i * 0.008, 31, 1, false, 'SO-' || $1, 1
         FROM generate_series(0, $3 - 1) AS i, LATERAL (SELECT to_timestamp($4 / 1000.0) + i * interval '1 second' AS t) x`,
      [`V-${v}`, v, hours * 3_600, start],
    );
  }
  const rows = vehicles * hours * 3_600;
  const size = async () =>
    Number((await db.pool.query<{ b: string }>(`SELECT hypertable_size('telemetry_samples') AS b`)).rows[0]?.b ?? 0);
  const before = await size();
  await db.pool.query(`SELECT compress_chunk(c) FROM show_chunks('telemetry_samples') c`);
  const after = await size();
  console.log(
    JSON.stringify({
      rows,
      bytesPerRowUncompressed: Math.round(before / rows),
      bytesPerRowCompressed: Math.round((after / rows) * 10) / 10,
      ratio: Math.round((before / after) * 10) / 10,
    }),
  );
} finally {
  await db.stop();
}
