import { compareChains, evidenceChain, type Sha256Hex } from './canonical-evidence.js';
import { evidenceCsv } from './evidence-csv.js';
import type { EvidencePackage } from './evidence.js';

export type PackageVerification = {
  valid: boolean;
  incidentId: number | null;
  digest: string | null;
  computedDigest: string | null;
  sampleCount: number;
  eventCount: number;
  problems: string[];
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an exported incident package offline: recomputes the digest chain from the package's own rows with the
 * canonical serialisation, compares every link with the package's chain, and checks that the CSV and the incident
 * record say the same as the rows and the chain's header.
 */
export function verifyEvidencePackage(input: unknown, sha256Hex: Sha256Hex): PackageVerification {
  const problems: string[] = [];
  const fail = (problem: string): PackageVerification => ({
    valid: false,
    incidentId: null,
    digest: null,
    computedDigest: null,
    sampleCount: 0,
    eventCount: 0,
    problems: [problem],
  });
  if (!isObject(input) || input['format'] !== 'fleet-incident-package/v1')
    return fail('not a fleet-incident-package/v1 document');
  const pkg = input as unknown as EvidencePackage;
  if (!Array.isArray(pkg.samples) || !Array.isArray(pkg.events) || !isObject(pkg.header) || !isObject(pkg.chain))
    return fail('samples, events, header or chain missing');

  let computedDigest: string | null = null;
  try {
    const computed = evidenceChain(pkg.header, pkg.samples, pkg.events, sha256Hex, pkg.chain.batchRows);
    computedDigest = computed.digest;
    const comparison = compareChains(pkg.chain, computed);
    if (!comparison.valid) problems.push(`digest chain: ${comparison.reason ?? 'differs'}`);
  } catch (error) {
    problems.push(`rows cannot be serialised: ${error instanceof Error ? error.message : String(error)}`);
  }
  const csv = evidenceCsv(pkg.samples, pkg.events);
  if (pkg.csv?.samples !== csv.samples) problems.push('samples CSV does not match the sample rows');
  if (pkg.csv?.events !== csv.events) problems.push('events CSV does not match the event rows');
  const incident = pkg.incident;
  if (
    !isObject(incident) ||
    incident.id !== pkg.header.incidentId ||
    incident.vehicleId !== pkg.header.vehicleId ||
    incident.kind !== pkg.header.kind ||
    incident.time !== pkg.header.time
  )
    problems.push('incident record does not match the evidence header');
  else if (incident.evidence.digest !== pkg.chain.digest) problems.push('incident digest differs from the chain');
  return {
    valid: problems.length === 0,
    incidentId: pkg.header.incidentId,
    digest: pkg.chain.digest,
    computedDigest,
    sampleCount: pkg.samples.length,
    eventCount: pkg.events.length,
    problems,
  };
}
