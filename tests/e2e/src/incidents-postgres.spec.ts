import { SYSTEM_SCOPE } from '@fleet/auth-model';
import { createPool, migrate } from '@fleet/db';
import { EvidenceRepository, IncidentRepository, sha256Hex, verifyStoredEvidence } from '@fleet/incidents-data';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExternalServer, startPostgres } from '@fleet/platform-harness';

// Plain PostgreSQL 15 (no TimescaleDB), two connections per pool and two pools: two ingest instances at once.
let server: ExternalServer;
let pools: Pool[] = [];
const EVENT_MS = Date.parse('2026-03-01T02:00:00.000Z');

beforeAll(async () => {
  server = await startPostgres();
  pools = [0, 1].map((i) => createPool({ url: server.url, max: 2, applicationName: `incidents-pg-${i}` }));
  const { capabilities } = await migrate(pools[0]!);
  expect(capabilities.timescale).toBe(false);
  await pools[0]!.query(`INSERT INTO enterprises (id, name_zh, name_en) VALUES ('e1', '示例', 'Example')`);
  await pools[0]!.query(`INSERT INTO vehicles (id, vin, plate, category, automation_level, enterprise_id)
                         VALUES ('V1', 'LSVAU2180N2183294', '沪A·0001试', 'robotaxi', 4, 'e1')`);
  await pools[0]!.query(
    `INSERT INTO telemetry_samples (vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps,
       heading_deg, accel_mps2, control_mode, takeover_requested)
     SELECT 'V1', to_timestamp(($1::float8 + i * 100) / 1000.0), i, now(), false, 31.3, 121.2, 5.5 + i % 3, 0, 0, 3, false
     FROM generate_series(-1000, 400) AS i`,
    [EVENT_MS],
  );
}, 60_000);

afterAll(async () => {
  for (const pool of pools) await pool.end();
  await server?.stop();
});

describe('incident evidence on plain PostgreSQL', () => {
  it('locks a window once when two instances capture it at the same time, and verifies it', async () => {
    const incidents = new IncidentRepository(pools[0]!);
    const opened = await incidents.open(SYSTEM_SCOPE, {
      vehicleId: 'V1',
      kind: 'collision',
      timeMs: EVENT_MS,
      beforeMs: 90_000,
      afterMs: 30_000,
      initialNoticeMs: 86_400_000,
      analysisReportMs: 86_400_000,
      openedBy: null,
      alertId: null,
      note: '',
    });
    const id = opened?.id ?? 0;
    const locks = await Promise.all(pools.map((pool) => new EvidenceRepository(pool).capture(id, sha256Hex)));
    expect(locks.filter((l) => l !== undefined).map((l) => l?.sampleCount)).toEqual([1201]);
    const evidence = new EvidenceRepository(pools[1]!);
    expect(await verifyStoredEvidence(evidence, id)).toMatchObject({ valid: true, sampleCount: 1201 });

    await expect(pools[0]!.query(`DELETE FROM evidence_samples`)).rejects.toThrow(/legal hold/);
    await pools[0]!.query(`ALTER TABLE evidence_samples DISABLE TRIGGER evidence_samples_legal_hold`);
    await pools[0]!.query(`DELETE FROM evidence_samples WHERE incident_id = $1 AND row_index = 1200`, [id]);
    await pools[0]!.query(`ALTER TABLE evidence_samples ENABLE TRIGGER evidence_samples_legal_hold`);
    expect(await verifyStoredEvidence(evidence, id)).toMatchObject({ valid: false, firstMismatch: 3 });
  });
});
