import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import type { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import type { Metrics } from '@fleet/metrics';
import type { HealthRegistry } from '@fleet/ops';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Pool } from 'pg';
import { createIngestMetrics } from './ingest-metrics.js';
import type { IngestSettings } from './ingest-settings.js';
import { announceCommitted, IngestService } from './ingest.service.js';
import { KnownVehicles } from './known-vehicles.js';
import { storageRejected, type PendingWrite } from './pending-write.js';
import { MqttIngestConsumer } from './mqtt-ingest.consumer.js';
import { TelemetryWriteRepository } from './telemetry-write.repository.js';
import { WriteQueue } from './write-queue.js';

/** How long shutdown waits for the last batches to reach the database. */
const SHUTDOWN_DRAIN_MS = 10_000;

/** PostgreSQL refused the data itself (SQLSTATE class 22 data exception, 23 integrity violation). */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

/** Told about every batch of writes once the database committed it (the live rules listen here). */
export type CommittedWritesListener = (writes: readonly PendingWrite[]) => void;

/** Wires the ingest pipeline (consumer → service → queue → repository → live bus) and runs its lifecycle. */
export class IngestRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly queue: WriteQueue;
  private readonly committedListeners: CommittedWritesListener[] = [];
  readonly service: IngestService;
  private readonly consumer: MqttIngestConsumer;
  private readonly known: KnownVehicles;
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: IngestSettings & { clientId: string },
    pool: Pool,
    bus: LiveBus,
    metrics: Metrics,
    private readonly log: Logger,
    health: HealthRegistry,
  ) {
    const m = createIngestMetrics(metrics);
    const repository = new TelemetryWriteRepository(pool, settings.maxStatementBytes);
    const registry = new VehicleRegistryRepository(pool);
    this.known = new KnownVehicles(
      () => registry.listIds(),
      (error) => log.warn({ err: error }, 'vehicle registry refresh failed'),
    );
    this.queue = new WriteQueue(
      { maxRows: settings.batchMaxRows, maxWaitMs: settings.batchMaxWaitMs, highWater: settings.queueHighWater },
      {
        write: (writes) => repository.write(writes),
        flushed: (writes, outcome, seconds) => {
          announceCommitted(writes, outcome, seconds, bus, m);
          m.queueSamples.set(this.queue.size);
          for (const listener of this.committedListeners) {
            try {
              listener(writes);
            } catch (error) {
              // A listener's bug must not stop ingestion; it is logged and the data is already stored.
              log.error({ err: error }, 'a committed-writes listener failed');
            }
          }
        },
        failed: (error, attempt) => {
          m.flushFailures.inc();
          log.warn({ err: error, attempt }, 'batch write failed; retrying');
        },
        isDataError,
        toDeadLetter: storageRejected,
        dropped: (write, error) => {
          m.dropped.inc();
          log.error({ err: error, kind: write.kind }, 'database refused a dead letter; dropped');
        },
      },
    );
    this.service = new IngestService(settings, this.known, this.queue, m);
    this.consumer = new MqttIngestConsumer(
      {
        url: settings.mqttUrl,
        clientId: settings.clientId,
        username: settings.mqttUsername,
        password: settings.mqttPassword,
        sharedGroup: settings.sharedGroup,
        shard: settings.shard,
        vehicles: () => this.known.all,
      },
      this.service,
      this.queue,
      m,
      log,
    );
    health.register('mqtt', () => this.consumer.connected);
    // A vehicle registered just now may publish at once: learn about it before its first message arrives.
    bus.subscribe((message) => {
      if (message.type === 'vehicles-changed') this.refreshVehicles();
    });
  }

  onCommitted(listener: CommittedWritesListener): void {
    this.committedListeners.push(listener);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.known.refresh();
    this.refreshTimer = setInterval(() => this.refreshVehicles(), this.settings.registryRefreshMs);
    await this.consumer.start();
  }

  private refreshVehicles(): void {
    this.known.refresh().then(
      () => this.consumer.vehiclesChanged(),
      (error: unknown) => this.log.warn({ err: error }, 'vehicle registry refresh failed'),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.refreshTimer);
    await this.consumer.stop();
    const unwritten = await this.queue.drain(SHUTDOWN_DRAIN_MS);
    if (unwritten > 0) this.log.error({ unwritten }, 'database unreachable at shutdown; samples left unwritten');
  }
}
