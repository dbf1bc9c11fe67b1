import type { Metrics } from '@fleet/metrics';

/** The ingest's Prometheus metrics, created once per process. */
export function createIngestMetrics(metrics: Metrics) {
  return {
    messages: metrics.counter('ingest_messages_total', 'MQTT messages received, by channel and outcome', [
      'channel',
      'outcome',
    ]),
    rejected: metrics.counter('ingest_rejected_messages_total', 'Messages dead-lettered, by reason', ['reason']),
    samplesStored: metrics.counter('ingest_samples_stored_total', 'Telemetry samples committed'),
    samplesDuplicate: metrics.counter(
      'ingest_samples_duplicate_total',
      'Samples already stored (redelivery or re-send)',
    ),
    eventsStored: metrics.counter('ingest_events_stored_total', 'Vehicle events committed'),
    flushFailures: metrics.counter('ingest_flush_failures_total', 'Batch writes that failed and were retried'),
    dropped: metrics.counter('ingest_dead_letters_dropped_total', 'Dead letters the database refused to store'),
    queueSamples: metrics.gauge('ingest_queue_samples', 'Samples waiting to be written (the ingest lag)'),
    unacked: metrics.gauge(
      'ingest_unacknowledged_messages',
      'QoS 1 messages received and held unacknowledged until their rows are committed',
    ),
    connected: metrics.gauge('ingest_mqtt_connected', '1 while the ingest is connected to the broker'),
    flushSeconds: metrics.histogram(
      'ingest_flush_seconds',
      'Duration of one batch write',
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    ),
    commitLagSeconds: metrics.histogram(
      'ingest_sample_commit_lag_seconds',
      'From a live message being published (its newest sample) to its commit',
      // Fine around the 1 s target so that the benchmark's p99, interpolated within a bucket, is close.
      [0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 1, 1.5, 2, 3, 5, 10],
    ),
  };
}

export type IngestMetrics = ReturnType<typeof createIngestMetrics>;
