import { createRandom, type Random } from '@fleet/demo-fleet';
import { REJECT_REASONS } from '@fleet/ingest-validation';
import { Metrics } from '@fleet/metrics';
import { encodeTelemetryBatch, encodeVehicleEvent, encodeVehicleStatus, vehicleTopic } from '@fleet/telemetry-contract';
import { describe, expect, it } from 'vitest';
import { createIngestMetrics } from './ingest-metrics.js';
import { IngestService } from './ingest.service.js';
import { KnownVehicles } from './known-vehicles.js';
import type { PendingWrite } from './pending-write.js';
import { WriteQueue } from './write-queue.js';

const FRAMES = 100_000;
const NOW = Date.now();
const limits = {
  maxPayloadBytes: 64 * 1024,
  maxSamplesPerMessage: 100,
  maxFutureSkewMs: 300_000,
  maxAgeMs: 30 * 86_400_000,
};

/** A valid frame of one of the three channels, or a mutation of one, or noise; on a valid, foreign or absurd topic. */
function hostileFrame(r: Random): { topic: string; payload: Uint8Array } {
  const id = r.pick(['RT-0001', 'RT-0002', 'GHOST-9', '']);
  const channel = r.pick(['telemetry', 'events', 'status'] as const);
  const topic = r.chance(0.9)
    ? vehicleTopic(id || 'RT-0001', channel)
    : r.pick(['fleet/v1/x', 'a/b/c/d', 'fleet/v1/RT-0001/telemetry/x', '#']);
  const value = () => r.pick([r.range(-1e3, 1e3), Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, r.range(0, 50)]);
  let payload: Uint8Array;
  switch (channel) {
    case 'telemetry':
      payload = encodeTelemetryBatch({
        vehicleId: r.chance(0.9) ? id : 'RT-0003',
        seq: r.int(0, 2 ** 31),
        resent: r.chance(0.2),
        samples: Array.from({ length: r.int(0, 4) }, () => ({
          timeUnixMs: r.chance(0.9) ? NOW - r.int(0, 60_000) : NOW + r.int(-3_000_000_000, 600_000),
          latDeg: r.chance(0.8) ? r.range(31.2, 31.4) : value(),
          lonDeg: r.chance(0.8) ? r.range(121.1, 121.4) : value(),
          speedMps: r.chance(0.8) ? r.range(0, 30) : value(),
          headingDeg: r.chance(0.8) ? r.range(0, 360) : value(),
          accelMps2: r.chance(0.8) ? r.range(-3, 3) : value(),
          controlMode: r.chance(0.8) ? r.int(1, 5) : r.int(0, 9),
          batterySocPct: r.chance(0.5) ? value() : undefined,
          safetyOfficerId: r.chance(0.1) ? 'SO\u0000X' : 'SO-1',
          faultCodes: r.chance(0.1) ? Array.from({ length: 40 }, () => 'E') : [],
        })),
      });
      break;
    case 'events':
      payload = encodeVehicleEvent({
        vehicleId: id,
        seq: r.int(0, 1e6),
        timeUnixMs: NOW + r.int(-1e6, 1e6),
        kind: r.int(0, 16),
        initiator: r.int(0, 6),
        detail: r.chance(0.1) ? 'x'.repeat(3_000) : '接管',
      });
      break;
    case 'status':
      payload = encodeVehicleStatus({ vehicleId: id, connectivity: r.int(0, 3), timeUnixMs: NOW });
      break;
  }
  const bytes = Uint8Array.from(payload);
  switch (r.int(0, 5)) {
    case 0: // flip random bytes
      for (let i = r.int(1, 4); i > 0 && bytes.length > 0; i--) bytes[r.int(0, bytes.length - 1)] = r.int(0, 255);
      return { topic, payload: bytes };
    case 1: // truncate
      return { topic, payload: bytes.subarray(0, r.int(0, bytes.length)) };
    case 2: // pure noise
      return { topic, payload: Uint8Array.from({ length: r.int(0, 200) }, () => r.int(0, 255)) };
    case 3: // oversized
      return r.chance(0.05) ? { topic, payload: new Uint8Array(70 * 1024) } : { topic, payload: bytes };
    default:
      return { topic, payload: bytes };
  }
}

describe('ingest under hostile input', () => {
  it(`classifies ${FRAMES.toLocaleString('en')} random and mutated frames: each is accepted or dead-lettered with a known reason, none throws`, async () => {
    const written: PendingWrite[] = [];
    const queue = new WriteQueue(
      { maxRows: 10_000, maxWaitMs: 10, highWater: 1_000_000 },
      {
        write: (writes) => {
          written.push(...writes);
          return Promise.resolve({
            samplesOffered: 0,
            samplesInserted: 0,
            eventsOffered: 0,
            eventsInserted: 0,
            deadLetters: 0,
          });
        },
        flushed: () => undefined,
        failed: (error) => {
          throw error;
        },
        isDataError: () => false,
        toDeadLetter: (w) => w,
        dropped: () => undefined,
      },
    );
    const known = new KnownVehicles(
      () => Promise.resolve(['RT-0001', 'RT-0002', 'RT-0003']),
      () => undefined,
    );
    await known.refresh();
    const service = new IngestService(limits, known, queue, createIngestMetrics(new Metrics()));
    const r = createRandom(20_261_123);
    for (let i = 0; i < FRAMES; i++) {
      const { topic, payload } = hostileFrame(r);
      await service.handle(topic, payload, NOW);
    }
    expect(await queue.drain(10_000)).toBe(0);

    expect(written).toHaveLength(FRAMES);
    const reasons = new Set<string>(REJECT_REASONS);
    const byOutcome = new Map<string, number>();
    for (const w of written) {
      const key = w.kind === 'dead-letter' ? w.deadLetter.reason : w.kind;
      byOutcome.set(key, (byOutcome.get(key) ?? 0) + 1);
      if (w.kind === 'dead-letter') {
        expect(reasons.has(w.deadLetter.reason)).toBe(true);
        expect(w.deadLetter.detail.length).toBeGreaterThan(0);
      }
    }
    // The mix exercised both paths and most reasons.
    for (const accepted of ['telemetry', 'event', 'status']) expect(byOutcome.get(accepted) ?? 0).toBeGreaterThan(200);
    expect([...byOutcome.keys()].filter((k) => reasons.has(k)).length).toBeGreaterThanOrEqual(8);
  }, 120_000);
});
