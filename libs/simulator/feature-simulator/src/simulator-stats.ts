/** Counters of a running simulator; a snapshot, safe to keep. */
export type SimulatorStats = {
  vehicles: number;
  connections: number;
  connected: number;
  /** Telemetry messages handed to MQTT. */
  messagesPublished: number;
  samplesPublished: number;
  eventsPublished: number;
  /** Telemetry and event publishes the broker acknowledged (QoS 1) or that were written (QoS 0). */
  acked: number;
  publishErrors: number;
  /** Telemetry messages not sent because the vehicle already had unacknowledged messages in flight. */
  skippedBackpressure: number;
  /** Telemetry messages not sent because the vehicle's connection was down. */
  skippedOffline: number;
  /** Vehicle slots that ran later than one whole period (event loop too busy). */
  lateTicks: number;
  connectionErrors: number;
};

export function emptyStats(vehicles: number, connections: number): SimulatorStats {
  return {
    vehicles,
    connections,
    connected: 0,
    messagesPublished: 0,
    samplesPublished: 0,
    eventsPublished: 0,
    acked: 0,
    publishErrors: 0,
    skippedBackpressure: 0,
    skippedOffline: 0,
    lateTicks: 0,
    connectionErrors: 0,
  };
}
