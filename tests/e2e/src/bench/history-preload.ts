import { encodeTelemetryBatch, vehicleTopic, ControlMode, type ITelemetrySample } from '@fleet/telemetry-contract';
import type { MqttClient } from 'mqtt';

const SAMPLES_PER_MESSAGE = 100;
/** Below the broker's per-vehicle limit (50 messages/s averaged over 10 s). */
const MESSAGES_PER_SECOND = 40;

/**
 * Loads `hours` of 1 Hz history for one vehicle as re-sent (buffered) data ending a minute ago, circling the
 * pilot zone's centre, so the benchmark can time "one vehicle's track for a day". Returns the samples sent.
 */
export async function preloadHistory(
  client: MqttClient,
  vehicleId: string,
  centre: { latDeg: number; lonDeg: number },
  hours: number,
): Promise<number> {
  const endMs = Math.floor(Date.now() / 1_000) * 1_000 - 60_000;
  const count = hours * 3_600;
  const startMs = endMs - (count - 1) * 1_000;
  let seq = Date.now() - count;
  let sent = 0;
  const startedMs = Date.now();
  for (let first = 0; first < count; first += SAMPLES_PER_MESSAGE) {
    const samples: ITelemetrySample[] = [];
    for (let i = first; i < Math.min(count, first + SAMPLES_PER_MESSAGE); i++) {
      const angle = (i / 3_600) * 2 * Math.PI; // one lap of a ~2 km circle an hour
      samples.push({
        timeUnixMs: startMs + i * 1_000,
        latDeg: centre.latDeg + 0.01 * Math.sin(angle),
        lonDeg: centre.lonDeg + 0.01 * Math.cos(angle),
        speedMps: 3.5,
        headingDeg: 0,
        accelMps2: 0,
        controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
      });
    }
    await client.publishAsync(
      vehicleTopic(vehicleId, 'telemetry'),
      Buffer.from(encodeTelemetryBatch({ vehicleId, seq: seq++, samples, resent: true })),
      { qos: 1 },
    );
    sent += samples.length;
    const aheadMs = (sent / SAMPLES_PER_MESSAGE / MESSAGES_PER_SECOND) * 1_000 - (Date.now() - startedMs);
    if (aheadMs > 0) await new Promise((r) => setTimeout(r, aheadMs));
  }
  return sent;
}
