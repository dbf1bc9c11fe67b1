import type { EvidenceEvent, EvidenceSample } from '@fleet/incidents-model';

/** Evidence rows as stored; times come back as Date (ms precision: the contract's times are whole ms). */
export type EvidenceSampleRow = Omit<EvidenceSample, 'time' | 'receivedAt'> & { time: Date; receivedAt: Date };
export type EvidenceEventRow = Omit<EvidenceEvent, 'time' | 'receivedAt'> & { time: Date; receivedAt: Date };

/** The column list shared by telemetry_samples and evidence_samples, and its camelCase names. */
export const SAMPLE_COLUMNS = `vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps, heading_deg,
  accel_mps2, control_mode, gear, steering_deg, accel_pedal_pct, brake_pedal_pct, lights, battery_soc_pct, odometer_km,
  sensors, fault_level, fault_codes, takeover_requested, safety_officer_id, remote_officer_id, passengers`;
export const SAMPLE_SELECT = `vehicle_id AS "vehicleId", time, seq, received_at AS "receivedAt", resent,
  lat_deg AS "latDeg", lon_deg AS "lonDeg", speed_mps AS "speedMps", heading_deg AS "headingDeg",
  accel_mps2 AS "accelMps2", control_mode AS "controlMode", gear, steering_deg AS "steeringDeg",
  accel_pedal_pct AS "accelPedalPct", brake_pedal_pct AS "brakePedalPct", lights, battery_soc_pct AS "batterySocPct",
  odometer_km AS "odometerKm", sensors, fault_level AS "faultLevel", fault_codes AS "faultCodes",
  takeover_requested AS "takeoverRequested", safety_officer_id AS "safetyOfficerId",
  remote_officer_id AS "remoteOfficerId", passengers`;

export const EVENT_COLUMNS = `vehicle_id, time, seq, received_at, resent, kind, initiator, lat_deg, lon_deg, speed_mps,
  control_mode, fault_level, fault_codes, response_time_ms, detail`;
export const EVENT_SELECT = `vehicle_id AS "vehicleId", time, seq, received_at AS "receivedAt", resent, kind, initiator,
  lat_deg AS "latDeg", lon_deg AS "lonDeg", speed_mps AS "speedMps", control_mode AS "controlMode",
  fault_level AS "faultLevel", fault_codes AS "faultCodes", response_time_ms AS "responseTimeMs", detail`;

export function sampleOf(row: EvidenceSampleRow): EvidenceSample {
  return { ...row, time: row.time.toISOString(), receivedAt: row.receivedAt.toISOString() };
}

export function eventOf(row: EvidenceEventRow): EvidenceEvent {
  return { ...row, time: row.time.toISOString(), receivedAt: row.receivedAt.toISOString() };
}
