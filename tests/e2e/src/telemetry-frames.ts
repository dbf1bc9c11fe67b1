import { ControlMode, encodeTelemetryBatch, type ITelemetrySample } from '@fleet/telemetry-contract';

/** A realistic sample near Anting at `timeMs`, for vehicle frames built by the tests. */
export function sampleAt(timeMs: number, over: Partial<ITelemetrySample> = {}): ITelemetrySample {
  return {
    timeUnixMs: timeMs,
    latDeg: 31.2905 + (timeMs % 100_000) / 1e7,
    lonDeg: 121.162,
    speedMps: 8.4,
    headingDeg: 45,
    accelMps2: 0.2,
    controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
    batterySocPct: 76,
    ...over,
  };
}

export function telemetryFrame(vehicleId: string, seq: number, samples: ITelemetrySample[], resent = false): Buffer {
  return Buffer.from(encodeTelemetryBatch({ vehicleId, seq, samples, resent }));
}
