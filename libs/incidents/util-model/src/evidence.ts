import type { IncidentDetail, IncidentKind } from './incident.js';

/**
 * A telemetry sample copied into evidence: every column of telemetry_samples, enum columns as the contract's wire
 * numbers (fleet.telemetry.v1), times as ISO-8601 UTC with milliseconds. Key order here = canonical field order.
 */
export type EvidenceSample = {
  vehicleId: string;
  time: string;
  seq: number;
  receivedAt: string;
  resent: boolean;
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  headingDeg: number;
  accelMps2: number;
  controlMode: number;
  gear: number | null;
  steeringDeg: number | null;
  accelPedalPct: number | null;
  brakePedalPct: number | null;
  lights: number | null;
  batterySocPct: number | null;
  odometerKm: number | null;
  sensors: number | null;
  faultLevel: number | null;
  faultCodes: string | null;
  takeoverRequested: boolean;
  safetyOfficerId: string | null;
  remoteOfficerId: string | null;
  passengers: number | null;
};

/** A vehicle event copied into evidence: every column of vehicle_events. Key order = canonical field order. */
export type EvidenceEvent = {
  vehicleId: string;
  time: string;
  seq: number;
  receivedAt: string;
  resent: boolean;
  kind: number;
  initiator: number | null;
  latDeg: number | null;
  lonDeg: number | null;
  speedMps: number | null;
  controlMode: number | null;
  faultLevel: number | null;
  faultCodes: string | null;
  responseTimeMs: number | null;
  detail: string;
};

export const EVIDENCE_SAMPLE_FIELDS = [
  'vehicleId',
  'time',
  'seq',
  'receivedAt',
  'resent',
  'latDeg',
  'lonDeg',
  'speedMps',
  'headingDeg',
  'accelMps2',
  'controlMode',
  'gear',
  'steeringDeg',
  'accelPedalPct',
  'brakePedalPct',
  'lights',
  'batterySocPct',
  'odometerKm',
  'sensors',
  'faultLevel',
  'faultCodes',
  'takeoverRequested',
  'safetyOfficerId',
  'remoteOfficerId',
  'passengers',
] as const satisfies readonly (keyof EvidenceSample)[];

export const EVIDENCE_EVENT_FIELDS = [
  'vehicleId',
  'time',
  'seq',
  'receivedAt',
  'resent',
  'kind',
  'initiator',
  'latDeg',
  'lonDeg',
  'speedMps',
  'controlMode',
  'faultLevel',
  'faultCodes',
  'responseTimeMs',
  'detail',
] as const satisfies readonly (keyof EvidenceEvent)[];

/** What the chain's first link hashes: the incident's identity and its window. */
export type EvidenceHeader = {
  incidentId: number;
  vehicleId: string;
  kind: IncidentKind;
  /** Event time, ISO UTC ms. */
  time: string;
  windowFrom: string;
  windowTo: string;
};

export type EvidenceBatch = {
  /** 1-based position in the chain. */
  n: number;
  table: 'samples' | 'events';
  /** 0-based index of the batch's first row within its table's ordered rows. */
  firstRow: number;
  rowCount: number;
  /** hex sha256(digest_{n-1} || canonical batch). */
  digest: string;
};

export type EvidenceChain = {
  algorithm: 'sha256-chain/v1';
  /** Rows per batch (the last batch of each table may hold fewer). */
  batchRows: number;
  /** digest_0 = hex sha256(canonical header). */
  genesis: string;
  batches: EvidenceBatch[];
  /** The last digest of the chain (genesis when the window held no rows). */
  digest: string;
};

/** GET /api/v1/incidents/{id}/evidence */
export type IncidentEvidence = {
  incidentId: number;
  state: 'pending' | 'locked';
  lockedAt: string | null;
  window: { from: string; to: string };
  header: EvidenceHeader | null;
  samples: EvidenceSample[];
  events: EvidenceEvent[];
  digest: string | null;
  chain: EvidenceChain | null;
};

/** GET /api/v1/incidents/{id}/evidence/verify */
export type EvidenceVerifyResult = {
  valid: boolean;
  incidentId: number;
  /** locked = evidence exists; pending evidence is never valid. */
  state: 'pending' | 'locked';
  /** The digest stored when the evidence was locked. */
  storedDigest: string | null;
  /** The digest recomputed now from the stored evidence rows. */
  computedDigest: string | null;
  sampleCount: number;
  eventCount: number;
  /** First chain link whose digest differs (1-based), or null. */
  firstMismatch: number | null;
  checkedAt: string;
  reason: string | null;
};

/** GET /api/v1/incidents/{id}/export: everything a third party needs to check the evidence offline. */
export type EvidencePackage = {
  format: 'fleet-incident-package/v1';
  exportedAt: string;
  incident: IncidentDetail;
  header: EvidenceHeader;
  samples: EvidenceSample[];
  events: EvidenceEvent[];
  /** The same rows as CSV (evidenceCsv): for spreadsheets; the verifier checks they match the rows. */
  csv: { samples: string; events: string };
  chain: EvidenceChain;
  /** How to check it: `npm run evidence:verify -- <package.json>` in the platform's repository. */
  verifyWith: string;
};
