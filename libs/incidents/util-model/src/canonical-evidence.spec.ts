import { describe, expect, it } from 'vitest';
import { canonicalBatch, canonicalValue, compareChains, evidenceChain } from './canonical-evidence.js';
import type { EvidenceEvent, EvidenceHeader, EvidenceSample } from './evidence.js';
import { evidenceCsv } from './evidence-csv.js';

// A transparent stand-in for SHA-256 (the shared lib has no crypto): enough to see what each link covers.
const fakeHash = (text: string): string => `h(${text})`;

const header: EvidenceHeader = {
  incidentId: 7,
  vehicleId: 'A-1',
  kind: 'collision',
  time: '2026-01-01T00:01:30.000Z',
  windowFrom: '2026-01-01T00:00:00.000Z',
  windowTo: '2026-01-01T00:02:00.000Z',
};

function sample(i: number): EvidenceSample {
  return {
    vehicleId: 'A-1',
    time: new Date(Date.UTC(2026, 0, 1) + i * 100).toISOString(),
    seq: i,
    receivedAt: '2026-01-01T00:00:00.500Z',
    resent: false,
    latDeg: 31.2,
    lonDeg: 121.1,
    speedMps: 12.5,
    headingDeg: 90,
    accelMps2: -0.25,
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
    safetyOfficerId: 'SO-1',
    remoteOfficerId: null,
    passengers: 0,
  };
}

const event: EvidenceEvent = {
  vehicleId: 'A-1',
  time: '2026-01-01T00:01:30.000Z',
  seq: 99,
  receivedAt: '2026-01-01T00:01:30.100Z',
  resent: false,
  kind: 7,
  initiator: null,
  latDeg: null,
  lonDeg: null,
  speedMps: null,
  controlMode: null,
  faultLevel: null,
  faultCodes: null,
  responseTimeMs: null,
  detail: 'rear "bump", 后方',
};

describe('canonical evidence serialisation', () => {
  it('writes values in one fixed textual form', () => {
    expect(canonicalValue(null)).toBe('null');
    expect(canonicalValue(-0)).toBe('0');
    expect(canonicalValue(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(canonicalValue(1e21)).toBe('1e+21');
    expect(canonicalValue('a"b\n后')).toBe('"a\\"b\\n后"');
    expect(() => canonicalValue(Number.NaN)).toThrow(/non-finite/);
  });

  it('writes a batch as the table name then one JSON array per row in field order', () => {
    expect(canonicalBatch('events', [event])).toBe(
      'events\n["A-1","2026-01-01T00:01:30.000Z",99,"2026-01-01T00:01:30.100Z",false,7,null,null,null,null,null,null,null,null,"rear \\"bump\\", 后方"]\n',
    );
  });

  it('chains batches of samples then events, each digest covering the previous one', () => {
    const samples = Array.from({ length: 5 }, (_, i) => sample(i));
    const chain = evidenceChain(header, samples, [event], fakeHash, 2);
    expect(chain.batches.map((b) => [b.table, b.firstRow, b.rowCount])).toEqual([
      ['samples', 0, 2],
      ['samples', 2, 2],
      ['samples', 4, 1],
      ['events', 0, 1],
    ]);
    expect(chain.batches[1]?.digest.startsWith(`h(${chain.batches[0]?.digest}samples\n`)).toBe(true);
    expect(chain.digest).toBe(chain.batches[3]?.digest);
  });

  it('detects one changed value, a dropped row and reordered rows', () => {
    const samples = Array.from({ length: 5 }, (_, i) => sample(i));
    const stored = evidenceChain(header, samples, [event], fakeHash, 2);
    expect(compareChains(stored, evidenceChain(header, samples, [event], fakeHash, 2)).valid).toBe(true);

    const changed = samples.map((s, i) => (i === 3 ? { ...s, speedMps: 12.6 } : s));
    expect(compareChains(stored, evidenceChain(header, changed, [event], fakeHash, 2))).toMatchObject({
      valid: false,
      firstMismatch: 2,
    });
    expect(compareChains(stored, evidenceChain(header, samples.slice(1), [event], fakeHash, 2)).valid).toBe(false);
    const swapped = [samples[1], samples[0], ...samples.slice(2)] as EvidenceSample[];
    expect(compareChains(stored, evidenceChain(header, swapped, [event], fakeHash, 2)).valid).toBe(false);
    expect(
      compareChains(stored, evidenceChain({ ...header, incidentId: 8 }, samples, [event], fakeHash, 2)),
    ).toMatchObject({ valid: false, firstMismatch: 0 });
  });

  it('writes CSV with a header row, quoted cells where needed and empty cells for null', () => {
    const csv = evidenceCsv([sample(0)], [event]);
    expect(csv.samples.split('\r\n')[0]).toMatch(/^vehicleId,time,seq,receivedAt,resent,latDeg/);
    expect(csv.events.split('\r\n')[1]).toBe(
      'A-1,2026-01-01T00:01:30.000Z,99,2026-01-01T00:01:30.100Z,false,7,,,,,,,,,"rear ""bump"", 后方"',
    );
  });
});
