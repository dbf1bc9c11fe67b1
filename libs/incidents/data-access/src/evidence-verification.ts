import { compareChains, evidenceChain, type EvidenceVerifyResult } from '@fleet/incidents-model';
import type { EvidenceRepository } from './evidence.repository.js';
import { sha256Hex } from './sha256-hex.js';

/** Recomputes the chain from the stored evidence rows and compares it with the one stored at locking. */
export async function verifyStoredEvidence(
  evidence: EvidenceRepository,
  incidentId: number,
  nowMs = Date.now(),
): Promise<EvidenceVerifyResult> {
  const checkedAt = new Date(nowMs).toISOString();
  const lock = await evidence.lock(incidentId);
  if (!lock) {
    return {
      valid: false,
      incidentId,
      state: 'pending',
      storedDigest: null,
      computedDigest: null,
      sampleCount: 0,
      eventCount: 0,
      firstMismatch: null,
      checkedAt,
      reason: 'evidence not locked yet',
    };
  }
  const { samples, events } = await evidence.rows(incidentId);
  const computed = evidenceChain(lock.header, samples, events, sha256Hex, lock.chain.batchRows);
  const comparison = compareChains(lock.chain, computed);
  const countsMatch = samples.length === lock.sampleCount && events.length === lock.eventCount;
  const storedDigestMatches = lock.digest === lock.chain.digest;
  return {
    valid: comparison.valid && countsMatch && storedDigestMatches,
    incidentId,
    state: 'locked',
    storedDigest: lock.digest,
    computedDigest: computed.digest,
    sampleCount: samples.length,
    eventCount: events.length,
    firstMismatch: comparison.firstMismatch,
    checkedAt,
    reason:
      comparison.reason ??
      (countsMatch ? null : 'row counts differ from the lock') ??
      (storedDigestMatches ? null : 'stored digest differs from its chain'),
  };
}
