import { SYSTEM_SCOPE } from '@fleet/auth-model';
import { startMigratedTestDatabase, type TestDatabase } from '@fleet/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentRepository } from './attachment.repository.js';
import { EvidenceRepository } from './evidence.repository.js';
import { verifyStoredEvidence } from './evidence-verification.js';
import { IncidentRepository, type OpenIncident } from './incident.repository.js';
import { sha256Hex } from './sha256-hex.js';

let db: TestDatabase;
let incidents: IncidentRepository;
let evidence: EvidenceRepository;
let attachments: AttachmentRepository;

// Old enough for the retention run below to drop its chunks.
const T1 = Date.parse('2020-06-01T08:00:00.000Z');
const T2 = Date.parse('2020-06-02T08:00:00.000Z');
const COLLISION = 7; // fleet.telemetry.v1 EventKind wire number of 'collision'

const opening = (vehicleId: string, timeMs: number): OpenIncident => ({
  vehicleId,
  kind: 'collision',
  timeMs,
  beforeMs: 90_000,
  afterMs: 30_000,
  initialNoticeMs: 24 * 3600_000,
  analysisReportMs: 15 * 24 * 3600_000,
  openedBy: null,
  alertId: null,
  note: '',
});

/** 10 Hz telemetry from 100 s before to 40 s after the event, and the collision event itself. */
async function drive(vehicleId: string, eventMs: number): Promise<void> {
  await db.pool.query(
    `INSERT INTO telemetry_samples (vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps, heading_deg,
       accel_mps2, control_mode, takeover_requested, safety_officer_id, fault_codes)
     SELECT $1, to_timestamp(($2::float8 + i * 100) / 1000.0), i, to_timestamp(($2::float8 + i * 100 + 40) / 1000.0), false,
            31.28::float8 + i * 1e-6::float8, 121.16::float8 + i * 1e-6::float8, 10 + (i % 7) * 0.1, 90.5, -0.3, 3, false, 'SO-1',
            CASE WHEN i % 50 = 0 THEN 'E,"1"' END
     FROM generate_series(-1000, 400) AS i`,
    [vehicleId, eventMs],
  );
  await db.pool.query(
    `INSERT INTO vehicle_events (vehicle_id, time, seq, received_at, resent, kind, lat_deg, lon_deg, speed_mps, detail)
     VALUES ($1, to_timestamp($2 / 1000.0), 1, to_timestamp($2 / 1000.0), false, $3, 31.28, 121.16, 9.8, 'rear 追尾')`,
    [vehicleId, eventMs, COLLISION],
  );
}

beforeAll(async () => {
  db = await startMigratedTestDatabase('incidents');
  incidents = new IncidentRepository(db.pool);
  evidence = new EvidenceRepository(db.pool);
  attachments = new AttachmentRepository(db.pool);
  await drive('A-1', T1);
  await drive('B-1', T2);
}, 60_000);

afterAll(async () => {
  await db?.stop();
});

describe(IncidentRepository.name, () => {
  it('opens one incident per vehicle, kind and event time, however often the event arrives', async () => {
    const first = await incidents.open(SYSTEM_SCOPE, opening('A-1', T1));
    expect(first).toMatchObject({ vehicle_id: 'A-1', enterprise_id: 'ent-a', status: 'opened', kind: 'collision' });
    expect(first?.window_from.getTime()).toBe(T1 - 90_000);
    expect(await incidents.open(SYSTEM_SCOPE, opening('A-1', T1))).toBeUndefined();
    expect((await incidents.findForEvent('A-1', 'collision', T1))?.id).toBe(first?.id);
    expect(await incidents.history(first?.id ?? 0)).toMatchObject([{ action: 'opened', actor: 'system' }]);
  });

  it('keeps enterprises apart', async () => {
    const scopeB = { kind: 'enterprise', enterpriseId: 'ent-b' } as const;
    expect(await incidents.open(scopeB, { ...opening('A-1', T1 + 1), kind: 'manual' })).toBeUndefined();
    const a = await incidents.findForEvent('A-1', 'collision', T1);
    expect(await incidents.get(scopeB, a?.id ?? 0)).toBeUndefined();
    expect((await incidents.list(scopeB, { limit: 100 })).map((i) => i.vehicle_id)).not.toContain('A-1');
  });

  it('moves only along the allowed steps and records each', async () => {
    const manual = await incidents.open(SYSTEM_SCOPE, { ...opening('A-1', T1 + 5), kind: 'manual', openedBy: 'op' });
    const id = manual?.id ?? 0;
    const step = { action: 'close', actor: 'reg', note: '' };
    expect(
      await incidents.transition(SYSTEM_SCOPE, id, { ...step, from: ['submitted', 'review'], to: 'closed' }),
    ).toBeUndefined();
    const submitted = await incidents.transition(SYSTEM_SCOPE, id, {
      from: ['opened', 'drafting'],
      to: 'submitted',
      action: 'submit',
      actor: 'op',
      note: 'first notice',
    });
    expect(submitted?.status).toBe('submitted');
    expect(submitted?.first_submitted_at).not.toBeNull();
    const history = await incidents.history(id);
    expect(history.at(-1)).toMatchObject({ action: 'submit', fromStatus: 'opened', toStatus: 'submitted' });
  });

  it('lists deadlines past due once, until marked as alerted', async () => {
    const late = await incidents.open(SYSTEM_SCOPE, {
      ...opening('B-1', T2 + 7),
      kind: 'manual',
      initialNoticeMs: -1_000,
    });
    const id = late?.id ?? 0;
    expect((await incidents.overdueDeadlines()).filter((d) => d.incident.id === id).map((d) => d.kind)).toEqual([
      'initial_notice',
    ]);
    await incidents.markOverdueAlerted(id, 'initial_notice');
    expect((await incidents.overdueDeadlines()).filter((d) => d.incident.id === id)).toEqual([]);
  });

  it('refuses to delete an incident (legal hold)', async () => {
    await expect(db.pool.query(`DELETE FROM incidents`)).rejects.toThrow(/legal hold/);
  });
});

describe(EvidenceRepository.name, () => {
  it('copies the window (90 s before to 30 s after) and locks it with a verifiable chain', async () => {
    const incident = await incidents.findForEvent('A-1', 'collision', T1);
    const id = incident?.id ?? 0;
    expect(await incidents.evidenceDue(0)).toContain(id);
    const lock = await evidence.capture(id, sha256Hex);
    expect(lock).toMatchObject({ sampleCount: 1201, eventCount: 1 });
    expect(lock?.chain.batches.map((b) => [b.table, b.rowCount])).toEqual([
      ['samples', 500],
      ['samples', 500],
      ['samples', 201],
      ['events', 1],
    ]);
    expect(await evidence.capture(id, sha256Hex)).toBeUndefined();
    expect(await incidents.evidenceDue(0)).not.toContain(id);
    const { samples } = await evidence.rows(id);
    expect(samples[0]?.time).toBe(new Date(T1 - 90_000).toISOString());
    expect(samples.at(-1)?.time).toBe(new Date(T1 + 30_000).toISOString());
    expect(await verifyStoredEvidence(evidence, id)).toMatchObject({
      valid: true,
      state: 'locked',
      computedDigest: lock?.digest,
    });
  });

  it('still verifies when the session rounds floats on output (extra_float_digits = 0)', async () => {
    const incident = await incidents.findForEvent('A-1', 'collision', T1);
    await db.pool.query(`SET extra_float_digits = 0`);
    try {
      const rounded = await db.pool.query<{ t: string }>(`SELECT (0.1::float8 + 0.2::float8)::text AS t`);
      expect(rounded.rows[0]?.t).toBe('0.3');
      expect((await verifyStoredEvidence(evidence, incident?.id ?? 0)).valid).toBe(true);
    } finally {
      await db.pool.query(`RESET extra_float_digits`);
    }
  });

  it('answers not valid while the evidence is still pending', async () => {
    const pending = await incidents.open(SYSTEM_SCOPE, { ...opening('A-1', T1 + 9), kind: 'manual' });
    expect(await verifyStoredEvidence(evidence, pending?.id ?? 0)).toMatchObject({ valid: false, state: 'pending' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of evidence (legal hold)', async () => {
    await expect(db.pool.query(`UPDATE evidence_samples SET speed_mps = 0`)).rejects.toThrow(/legal hold/);
    await expect(db.pool.query(`DELETE FROM evidence_events`)).rejects.toThrow(/legal hold/);
    await expect(db.pool.query(`TRUNCATE evidence_samples`)).rejects.toThrow(/legal hold/);
    await expect(db.pool.query(`DELETE FROM evidence_locks`)).rejects.toThrow(/legal hold/);
  });

  it('still verifies after retention dropped the raw chunks', async () => {
    const incident = await incidents.findForEvent('A-1', 'collision', T1);
    const before = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM telemetry_samples WHERE vehicle_id = 'A-1'`,
    );
    expect(before.rows[0]?.n).toBeGreaterThan(1000);
    await db.pool.query(`SELECT drop_chunks('telemetry_samples', older_than => now() - INTERVAL '1 year')`);
    await db.pool.query(`SELECT drop_chunks('vehicle_events', older_than => now() - INTERVAL '1 year')`);
    const after = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM telemetry_samples`);
    expect(after.rows[0]?.n).toBe(0);
    expect(await verifyStoredEvidence(evidence, incident?.id ?? 0)).toMatchObject({ valid: true, sampleCount: 1201 });
  });

  it('detects one evidence row altered directly in the database', async () => {
    // B-1's raw data went with the retention run: open and lock it from a fresh copy first.
    await drive('B-1', T2);
    const incident = await incidents.open(SYSTEM_SCOPE, opening('B-1', T2));
    const id = incident?.id ?? 0;
    await evidence.capture(id, sha256Hex);
    expect((await verifyStoredEvidence(evidence, id)).valid).toBe(true);

    await db.pool.query(`ALTER TABLE evidence_samples DISABLE TRIGGER evidence_samples_legal_hold`);
    await db.pool.query(
      `UPDATE evidence_samples SET speed_mps = speed_mps + 0.5 WHERE incident_id = $1 AND row_index = 700`,
      [id],
    );
    await db.pool.query(`ALTER TABLE evidence_samples ENABLE TRIGGER evidence_samples_legal_hold`);

    expect(await verifyStoredEvidence(evidence, id)).toMatchObject({ valid: false, firstMismatch: 2 });
    // The other incident's evidence is untouched.
    const other = await incidents.findForEvent('A-1', 'collision', T1);
    expect((await verifyStoredEvidence(evidence, other?.id ?? 0)).valid).toBe(true);
  });
});

describe(AttachmentRepository.name, () => {
  it('stores a file larger than one statement may carry, in chunks, and gives it back byte for byte', async () => {
    const incident = await incidents.findForEvent('A-1', 'collision', T1);
    const id = incident?.id ?? 0;
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    const added = await attachments.add({
      incidentId: id,
      fileName: 'photo.jpg',
      contentType: 'image/jpeg',
      bytes,
      sha256: 'x'.repeat(64),
      uploadedBy: 'operator-01',
    });
    expect(added).toMatchObject({ fileName: 'photo.jpg', sizeBytes: 100_000 });
    expect(await attachments.list(id)).toEqual([added]);
    const back = await attachments.content(id, added.id);
    expect(Buffer.compare(back?.bytes ?? Buffer.alloc(0), Buffer.from(bytes))).toBe(0);
    await expect(db.pool.query(`DELETE FROM incident_attachment_chunks`)).rejects.toThrow(/legal hold/);
    await expect(db.pool.query(`UPDATE incident_attachments SET file_name = 'x'`)).rejects.toThrow(/legal hold/);
  });
});
