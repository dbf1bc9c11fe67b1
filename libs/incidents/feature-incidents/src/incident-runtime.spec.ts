import { AlertRepository } from '@fleet/alerts-data';
import { SYSTEM_SCOPE } from '@fleet/auth-model';
import { startMigratedTestDatabase, type TestDatabase } from '@fleet/db/testing';
import { EvidenceRepository, IncidentRepository, verifyStoredEvidence } from '@fleet/incidents-data';
import type { CommittedWritesListener, PendingWrite } from '@fleet/ingest';
import type { ValidVehicleEvent } from '@fleet/ingest-validation';
import { InProcessLiveBus, type LiveBusMessage } from '@fleet/live-bus';
import { createLogger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IncidentRuntime } from './incident-runtime.js';
import { DEFAULT_INCIDENT_SETTINGS } from './incident-settings.js';

let db: TestDatabase;
let incidents: IncidentRepository;
let runtime: IncidentRuntime | undefined;
let committed: CommittedWritesListener | undefined;
const messages: LiveBusMessage[] = [];

// Periodic checks far apart: the test drives start-up and committed writes itself.
const settings = { ...DEFAULT_INCIDENT_SETTINGS, captureCheckMs: 3_600_000, deadlineCheckMs: 3_600_000 };

async function startRuntime(): Promise<IncidentRuntime> {
  const bus = new InProcessLiveBus();
  bus.subscribe((m) => messages.push(m));
  runtime = new IncidentRuntime(
    { onCommitted: (listener) => (committed = listener) },
    incidents,
    new EvidenceRepository(db.pool),
    new AlertRepository(db.pool),
    bus,
    settings,
    createLogger('incident-runtime-test', 'silent'),
    new Metrics(),
  );
  runtime.start();
  await runtime.idle();
  return runtime;
}

function event(over: Partial<ValidVehicleEvent>): PendingWrite {
  return {
    kind: 'event',
    receivedMs: Date.now(),
    event: {
      vehicleId: 'A-1',
      seq: 1,
      timeMs: Date.parse('2024-03-01T10:00:00.000Z'),
      kind: 'collision',
      kindCode: 7,
      initiator: null,
      initiatorCode: null,
      latDeg: null,
      lonDeg: null,
      speedMps: null,
      controlModeCode: null,
      faultLevel: null,
      faultCodes: null,
      responseTimeMs: null,
      detail: '',
      resent: false,
      ...over,
    },
  };
}

beforeAll(async () => {
  db = await startMigratedTestDatabase('incident-runtime');
  incidents = new IncidentRepository(db.pool);
}, 60_000);

afterEach(async () => {
  await runtime?.stop();
  runtime = undefined;
});

afterAll(async () => {
  await db?.stop();
});

describe(IncidentRuntime.name, () => {
  it('locks at start-up the evidence of a window that ended while it was down', async () => {
    const timeMs = Date.parse('2024-02-01T08:00:00.000Z');
    await db.pool.query(
      `INSERT INTO telemetry_samples (vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps,
         heading_deg, accel_mps2, control_mode, takeover_requested)
       SELECT 'A-1', to_timestamp(($1::float8 + i * 1000) / 1000.0), i, now(), false, 31.3, 121.2, 5, 0, 0, 3, false
       FROM generate_series(-120, 60) AS i`,
      [timeMs],
    );
    const opened = await incidents.open(SYSTEM_SCOPE, {
      vehicleId: 'A-1',
      kind: 'minimal_risk_maneuver',
      timeMs,
      beforeMs: 90_000,
      afterMs: 30_000,
      initialNoticeMs: 86_400_000,
      analysisReportMs: 86_400_000,
      openedBy: null,
      alertId: null,
      note: '',
    });
    await startRuntime();
    const verified = await verifyStoredEvidence(new EvidenceRepository(db.pool), opened?.id ?? 0);
    expect(verified).toMatchObject({ valid: true, sampleCount: 121 });
  });

  it('opens one incident per committed collision, level-3 fault and minimal-risk start, however often re-sent', async () => {
    await startRuntime();
    const t = Date.parse('2024-03-01T10:00:00.000Z');
    committed?.([event({ timeMs: t }), event({ timeMs: t, seq: 2, resent: true })]);
    committed?.([
      event({ timeMs: t, seq: 3 }),
      event({ timeMs: t + 1, kind: 'fault', faultLevel: 3 }),
      event({ timeMs: t + 2, kind: 'fault', faultLevel: 2 }),
      event({ timeMs: t + 3, kind: 'minimal_risk_started' }),
      event({ timeMs: t + 4, kind: 'near_miss' }),
      event({ timeMs: t + 5, vehicleId: 'NOT-REGISTERED' }),
    ]);
    await runtime?.idle();
    const opened = await incidents.list(SYSTEM_SCOPE, { fromMs: t, toMs: t + 10, limit: 100 });
    expect(opened.map((i) => [i.kind, i.occurred_at.getTime() - t]).sort()).toEqual([
      ['collision', 0],
      ['fault_level_3', 1],
      ['minimal_risk_maneuver', 3],
    ]);
  });

  it('raises one alert per overdue deadline and pushes it', async () => {
    const opened = await incidents.open(SYSTEM_SCOPE, {
      vehicleId: 'B-1',
      kind: 'manual',
      timeMs: Date.now() - 60_000,
      beforeMs: 90_000,
      afterMs: 30_000,
      initialNoticeMs: -1_000,
      analysisReportMs: 86_400_000,
      openedBy: 'operator-02',
      alertId: null,
      note: '',
    });
    await startRuntime();
    await runtime?.stop();
    await startRuntime();
    const alerts = await db.pool.query<{ kind: string; enterprise_id: string; facts: Record<string, unknown> }>(
      `SELECT kind, enterprise_id, facts FROM alerts WHERE kind = 'incident_overdue'`,
    );
    expect(alerts.rows).toEqual([
      {
        kind: 'incident_overdue',
        enterprise_id: 'ent-b',
        facts: expect.objectContaining({ incidentId: opened?.id, deadline: 'initial_notice' }) as unknown,
      },
    ]);
    expect(messages.some((m) => m.type === 'alerts-changed' && m.alerts[0]?.kind === 'incident_overdue')).toBe(true);
  });
});
