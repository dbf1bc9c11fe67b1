import type {
  EvidencePackage,
  EvidenceVerifyResult,
  IncidentAttachment,
  IncidentDetail,
  IncidentEvidence,
  IncidentSummary,
} from '@fleet/incidents-model';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/*
 * Shape checks of the answers: enough to catch a proxy's error page or a server of another version, not a full
 * validation (the server is typed from the same model).
 */

export function isIncidentSummary(v: unknown): v is IncidentSummary {
  return (
    isRecord(v) &&
    typeof v['id'] === 'number' &&
    typeof v['vehicleId'] === 'string' &&
    typeof v['kind'] === 'string' &&
    typeof v['status'] === 'string' &&
    typeof v['time'] === 'string' &&
    Array.isArray(v['deadlines']) &&
    isRecord(v['window'])
  );
}

export function isIncidentList(v: unknown): v is { items: IncidentSummary[] } {
  return isRecord(v) && Array.isArray(v['items']) && v['items'].every(isIncidentSummary);
}

export function isIncidentDetail(v: unknown): v is IncidentDetail {
  return isIncidentSummary(v) && hasDetailParts(v);
}

function hasDetailParts(v: Record<string, unknown>): boolean {
  return (
    isRecord(v['report']) && Array.isArray(v['history']) && Array.isArray(v['attachments']) && isRecord(v['evidence'])
  );
}

export function isIncidentEvidence(v: unknown): v is IncidentEvidence {
  return isRecord(v) && typeof v['state'] === 'string' && Array.isArray(v['samples']) && Array.isArray(v['events']);
}

export function isVerifyResult(v: unknown): v is EvidenceVerifyResult {
  return isRecord(v) && typeof v['valid'] === 'boolean' && typeof v['sampleCount'] === 'number';
}

export function isEvidencePackage(v: unknown): v is EvidencePackage {
  return isRecord(v) && v['format'] === 'fleet-incident-package/v1' && isRecord(v['chain']);
}

export function isAttachment(v: unknown): v is IncidentAttachment {
  return isRecord(v) && typeof v['id'] === 'number' && typeof v['sha256'] === 'string';
}
