import {
  validateEvent,
  validateStatus,
  validateTelemetry,
  type Rejection,
  type ValidationLimits,
} from '@fleet/ingest-validation';
import type { LiveBus, LiveVehicleState } from '@fleet/live-bus';
import { parseTopic, type ParsedTopic } from '@fleet/telemetry-contract';
import type { IngestMetrics } from './ingest-metrics.js';
import type { KnownVehicles } from './known-vehicles.js';
import type { PendingWrite } from './pending-write.js';
import type { WriteOutcome } from './telemetry-write.repository.js';
import type { WriteQueue } from './write-queue.js';

/**
 * Turns one MQTT message into a pending write: accepted data, or a dead letter with its reason.
 * Never throws for bad input; every outcome is counted.
 */
export class IngestService {
  constructor(
    private readonly limits: ValidationLimits & { maxPayloadBytes: number },
    private readonly known: KnownVehicles,
    private readonly queue: WriteQueue,
    private readonly metrics: IngestMetrics,
  ) {}

  /** Queues the message's write; `onCommitted` runs once it is in the database (to acknowledge it to the broker). */
  async handle(topic: string, payload: Uint8Array, receivedMs: number, onCommitted?: () => void): Promise<void> {
    const parsed = parseTopic(topic);
    const write = await this.classify(parsed, topic, payload, receivedMs);
    const channel = parsed?.channel ?? 'unknown';
    if (write.kind === 'dead-letter') {
      this.metrics.messages.inc({ channel, outcome: 'rejected' });
      this.metrics.rejected.inc({ reason: write.deadLetter.reason });
    } else {
      this.metrics.messages.inc({ channel, outcome: 'accepted' });
    }
    this.queue.push(write, onCommitted);
    this.metrics.queueSamples.set(this.queue.size);
  }

  private async classify(
    parsed: ParsedTopic | undefined,
    topic: string,
    payload: Uint8Array,
    receivedMs: number,
  ): Promise<PendingWrite> {
    const deadLetter = (rejection: Rejection, vehicleId: string | null): PendingWrite => ({
      kind: 'dead-letter',
      receivedMs,
      deadLetter: { topic, vehicleId, reason: rejection.reason, detail: rejection.detail, payload },
    });
    if (!parsed)
      return deadLetter({ ok: false, reason: 'wrong_topic', detail: 'not fleet/v1/{vehicleId}/{channel}' }, null);
    const { vehicleId, channel } = parsed;
    if (payload.length > this.limits.maxPayloadBytes) {
      return deadLetter({ ok: false, reason: 'payload_too_large', detail: `${payload.length} bytes` }, vehicleId);
    }
    if (!(await this.known.has(vehicleId))) {
      return deadLetter({ ok: false, reason: 'unknown_vehicle', detail: `${vehicleId} is not registered` }, vehicleId);
    }
    switch (channel) {
      case 'telemetry': {
        const result = validateTelemetry(vehicleId, payload, receivedMs, this.limits);
        return result.ok ? { kind: 'telemetry', receivedMs, batch: result.batch } : deadLetter(result, vehicleId);
      }
      case 'events': {
        const result = validateEvent(vehicleId, payload, receivedMs, this.limits);
        return result.ok ? { kind: 'event', receivedMs, event: result.event } : deadLetter(result, vehicleId);
      }
      case 'status': {
        const result = validateStatus(vehicleId, payload, receivedMs);
        return result.ok ? { kind: 'status', receivedMs, status: result.status } : deadLetter(result, vehicleId);
      }
    }
  }
}

/** After a commit: count it and tell the live bus what changed (re-sent history stays out of the live view). */
export function announceCommitted(
  writes: readonly PendingWrite[],
  outcome: WriteOutcome,
  seconds: number,
  bus: LiveBus,
  metrics: IngestMetrics,
  now: number = Date.now(),
): void {
  metrics.samplesStored.inc(outcome.samplesInserted);
  metrics.samplesDuplicate.inc(outcome.samplesOffered - outcome.samplesInserted);
  metrics.eventsStored.inc(outcome.eventsInserted);
  metrics.flushSeconds.observe(seconds);

  const states = new Map<string, LiveVehicleState>();
  for (const w of writes) {
    if (w.kind === 'telemetry' && !w.batch.resent) {
      const s = w.batch.samples[w.batch.samples.length - 1]!;
      metrics.commitLagSeconds.observe(Math.max(0, now - s.timeMs) / 1_000);
      const current = states.get(w.batch.vehicleId);
      if (current && current.timeMs >= s.timeMs) continue;
      states.set(w.batch.vehicleId, {
        vehicleId: w.batch.vehicleId,
        timeMs: s.timeMs,
        receivedMs: w.receivedMs,
        latDeg: s.latDeg,
        lonDeg: s.lonDeg,
        speedMps: s.speedMps,
        headingDeg: s.headingDeg,
        accelMps2: s.accelMps2,
        controlMode: s.controlMode,
        faultLevel: s.faultLevel,
        batterySocPct: s.batterySocPct,
        odometerKm: s.odometerKm,
        safetyOfficerId: s.safetyOfficerId,
        passengers: s.passengers,
        online: true,
      });
    } else if (w.kind === 'status') {
      bus.publish({ type: 'vehicle-connectivity', ...w.status });
    }
  }
  if (states.size > 0) bus.publish({ type: 'vehicle-states', states: [...states.values()] });
  const events = writes.flatMap((w) =>
    w.kind === 'event' && !w.event.resent
      ? [
          {
            vehicleId: w.event.vehicleId,
            timeMs: w.event.timeMs,
            kind: w.event.kind,
            initiator: w.event.initiator,
            latDeg: w.event.latDeg,
            lonDeg: w.event.lonDeg,
            detail: w.event.detail,
          },
        ]
      : [],
  );
  if (events.length > 0) bus.publish({ type: 'vehicle-events', events });
}
