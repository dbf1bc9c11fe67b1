import type { LatencySummary } from './latency-recorder.js';
import type { ProcessUsage } from './process-usage.js';
import type { QueryTiming } from './query-probe.js';

/** One offered load and what the platform made of it: one entry of bench/results/<timestamp>.json. */
export type BenchStep = {
  vehicles: number;
  hz: number;
  samplesPerMessage: number;
  qos: 0 | 1;
  measuredSeconds: number;
  /** Samples per second the load generators were asked for. */
  offeredPerSecond: number;
  /** Samples the load generators actually published per second (they skip when a vehicle has 2 messages in flight). */
  publishedPerSecond: number;
  /** Samples committed per second, and telemetry messages the ingest received per second. */
  samplesPerSecond: number;
  messagesPerSecond: number;
  /** Published samples never stored, counted after the step drained (pause, wait for the queue to empty). */
  lost: number;
  /** Samples stored beyond those published (storage keys samples by vehicle and time, so this must stay 0). */
  duplicated: number;
  /** Redelivered or re-sent samples the ingest recognised and did not store again. */
  redeliveriesCollapsed: number;
  p50PublishToCommitMs: number | null;
  p95PublishToCommitMs: number | null;
  p99PublishToCommitMs: number | null;
  publishToConsole: LatencySummary;
  p99PublishToConsoleMs: number | null;
  publishToAlert: LatencySummary & { missed: number };
  queries: QueryTiming[];
  processes: ProcessUsage[];
  /** Whether this step met every target: committed ≥ 95 % of offered, nothing lost, p99s under 1 s. */
  keptUp: boolean;
  problems: string[];
};
