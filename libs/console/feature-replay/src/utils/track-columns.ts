import type { TrackPoint } from '@fleet/fleet-model';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import type { ReplayTrack } from '../types/replay-track.js';

/** Converts the API's points into column arrays, sorted by time with duplicate instants dropped. */
export function trackColumns(vehicleId: string, points: readonly TrackPoint[], bucketMs: number | null): ReplayTrack {
  const sorted = [...points].sort((a, b) => a.timeMs - b.timeMs);
  const kept = sorted.filter((p, i) => i === 0 || p.timeMs > (sorted[i - 1]?.timeMs ?? -Infinity));
  const n = kept.length;
  const track: ReplayTrack = {
    vehicleId,
    timeMs: new Float64Array(n),
    lonDeg: new Float64Array(n),
    latDeg: new Float64Array(n),
    headingDeg: new Float32Array(n),
    speedMps: new Float32Array(n),
    accelMps2: new Float32Array(n),
    mode: new Uint8Array(n),
    bucketMs,
  };
  kept.forEach((p, i) => {
    track.timeMs[i] = p.timeMs;
    track.lonDeg[i] = p.lonDeg;
    track.latDeg[i] = p.latDeg;
    track.headingDeg[i] = p.headingDeg;
    track.speedMps[i] = p.speedMps;
    // Older servers answered without acceleration.
    track.accelMps2[i] = Number.isFinite(p.accelMps2) ? p.accelMps2 : 0;
    track.mode[i] = Math.max(0, CONTROL_MODES.indexOf(p.controlMode));
  });
  return track;
}
