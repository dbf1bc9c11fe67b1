/**
 * Counters of a running simulator; a snapshot, safe to keep. Every sample a vehicle generates is published once, still
 * waiting in its offline buffer, or dropped from that buffer:
 * samplesGenerated = samplesPublished + samplesBuffered + samplesDroppedFromBuffer.
 */
export type SimulatorStats = {
  vehicles: number;
  connections: number;
  connected: number;
  /** Telemetry messages handed to MQTT, live and re-sent. */
  messagesPublished: number;
  /** Samples the vehicles took (nothing while paused). */
  samplesGenerated: number;
  /** Samples handed to MQTT, each once, re-sent ones included; mqtt.js's own replays of a message are not counted. */
  samplesPublished: number;
  /** Of samplesPublished, those sent late from the offline buffer in messages flagged `resent`. */
  samplesResent: number;
  /** Samples waiting in the vehicles' offline buffers now. */
  samplesBuffered: number;
  /** Oldest buffered samples given up because a vehicle's buffer was full. */
  samplesDroppedFromBuffer: number;
  eventsPublished: number;
  /** Telemetry and event publishes the broker acknowledged (QoS 1) or that were written (QoS 0). */
  acked: number;
  publishErrors: number;
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
    samplesGenerated: 0,
    samplesPublished: 0,
    samplesResent: 0,
    samplesBuffered: 0,
    samplesDroppedFromBuffer: 0,
    eventsPublished: 0,
    acked: 0,
    publishErrors: 0,
    lateTicks: 0,
    connectionErrors: 0,
  };
}
