import { describe, expect, it } from 'vitest';
import { evidenceChain } from './canonical-evidence.js';
import { evidenceCsv } from './evidence-csv.js';
import type { EvidenceHeader, EvidencePackage, EvidenceSample } from './evidence.js';
import { EMPTY_INCIDENT_REPORT, type IncidentDetail } from './incident.js';
import { verifyEvidencePackage } from './verify-package.js';

const hash = (text: string): string => {
  // FNV-1a, hex: a real (if weak) digest keeps the test independent of node:crypto in a shared lib.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};

const header: EvidenceHeader = {
  incidentId: 3,
  vehicleId: 'A-1',
  kind: 'collision',
  time: '2026-01-01T00:01:30.000Z',
  windowFrom: '2026-01-01T00:00:00.000Z',
  windowTo: '2026-01-01T00:02:00.000Z',
};

const sample = (i: number): EvidenceSample => ({
  vehicleId: 'A-1',
  time: new Date(Date.parse(header.windowFrom) + i * 1_000).toISOString(),
  seq: i,
  receivedAt: header.windowTo,
  resent: false,
  latDeg: 31.2,
  lonDeg: 121.1,
  speedMps: 3 + i / 10,
  headingDeg: 0,
  accelMps2: 0,
  controlMode: 3,
  gear: null,
  steeringDeg: null,
  accelPedalPct: null,
  brakePedalPct: null,
  lights: null,
  batterySocPct: null,
  odometerKm: null,
  sensors: null,
  faultLevel: null,
  faultCodes: null,
  takeoverRequested: false,
  safetyOfficerId: null,
  remoteOfficerId: null,
  passengers: null,
});

function makePackage(): EvidencePackage {
  const samples = Array.from({ length: 12 }, (_, i) => sample(i));
  const chain = evidenceChain(header, samples, [], hash, 5);
  const incident: IncidentDetail = {
    id: 3,
    vehicleId: 'A-1',
    enterpriseId: 'ent-a',
    kind: 'collision',
    time: header.time,
    status: 'closed',
    openedAt: header.time,
    openedBy: null,
    alertId: null,
    atFault: null,
    deadlines: [],
    evidenceState: 'locked',
    window: { from: header.windowFrom, to: header.windowTo },
    report: EMPTY_INCIDENT_REPORT,
    reportUpdatedAt: null,
    reportUpdatedBy: null,
    history: [],
    attachments: [],
    evidence: { state: 'locked', lockedAt: header.windowTo, sampleCount: 12, eventCount: 0, digest: chain.digest },
  };
  return {
    format: 'fleet-incident-package/v1',
    exportedAt: header.windowTo,
    incident,
    header,
    samples,
    events: [],
    csv: evidenceCsv(samples, []),
    chain,
    verifyWith: 'npm run evidence:verify -- <package.json>',
  };
}

const roundTrip = (p: EvidencePackage): unknown => JSON.parse(JSON.stringify(p));

describe(verifyEvidencePackage.name, () => {
  it('accepts a package as exported, after a JSON round trip', () => {
    expect(verifyEvidencePackage(roundTrip(makePackage()), hash)).toMatchObject({
      valid: true,
      sampleCount: 12,
      problems: [],
    });
  });

  it('names what is wrong: an altered row, a CSV that disagrees, a header for another incident', () => {
    const altered = makePackage();
    altered.samples[7]!.speedMps = 99;
    expect(verifyEvidencePackage(roundTrip(altered), hash).problems).toEqual([
      'digest chain: batch 2 (samples) differs',
      'samples CSV does not match the sample rows',
    ]);
    const csv = makePackage();
    csv.csv.samples = csv.csv.samples.replace('A-1', 'A-2');
    expect(verifyEvidencePackage(roundTrip(csv), hash).problems).toEqual([
      'samples CSV does not match the sample rows',
    ]);
    const other = makePackage();
    other.incident.id = 4;
    expect(verifyEvidencePackage(roundTrip(other), hash).valid).toBe(false);
    expect(verifyEvidencePackage({ format: 'something else' }, hash).valid).toBe(false);
  });
});
