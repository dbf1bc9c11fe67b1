import type { AuditService, Principal, RequestOrigin } from '@fleet/auth';
import type { DataScope } from '@fleet/auth-model';
import { ApiError } from '@fleet/http';
import {
  verifyStoredEvidence,
  type AttachmentRepository,
  type EvidenceRepository,
  type NewAttachment,
} from '@fleet/incidents-data';
import {
  evidenceCsv,
  type EvidencePackage,
  type EvidenceVerifyResult,
  type IncidentAttachment,
  type IncidentEvidence,
} from '@fleet/incidents-model';
import { createHash } from 'node:crypto';
import type { IncidentService } from './incidents.service.js';
import type { IncidentSettings } from './incident-settings.js';

export const VERIFY_COMMAND = 'npm run evidence:verify -- <package.json>';

/** Evidence, its verification and export, attachments, and the refusal to delete anything on legal hold. */
export class IncidentEvidenceService {
  constructor(
    private readonly incidents: IncidentService,
    private readonly evidence: EvidenceRepository,
    private readonly attachments: AttachmentRepository,
    private readonly audit: AuditService,
    private readonly settings: IncidentSettings,
  ) {}

  async evidenceOf(scope: DataScope, id: number): Promise<IncidentEvidence> {
    const row = await this.incidents.row(scope, id);
    const window = { from: row.window_from.toISOString(), to: row.window_to.toISOString() };
    const lock = await this.evidence.lock(id);
    if (!lock)
      return {
        incidentId: id,
        state: 'pending',
        lockedAt: null,
        window,
        header: null,
        samples: [],
        events: [],
        digest: null,
        chain: null,
      };
    const { samples, events } = await this.evidence.rows(id);
    return {
      incidentId: id,
      state: 'locked',
      lockedAt: lock.lockedAt.toISOString(),
      window,
      header: lock.header,
      samples,
      events,
      digest: lock.digest,
      chain: lock.chain,
    };
  }

  async verify(scope: DataScope, id: number): Promise<EvidenceVerifyResult> {
    await this.incidents.row(scope, id);
    return verifyStoredEvidence(this.evidence, id);
  }

  async exportPackage(
    principal: Principal,
    scope: DataScope,
    origin: RequestOrigin,
    id: number,
  ): Promise<EvidencePackage> {
    const incident = await this.incidents.detail(scope, id);
    const evidence = await this.evidenceOf(scope, id);
    if (evidence.state !== 'locked' || !evidence.header || !evidence.chain)
      throw new ApiError(
        'conflict',
        `the evidence of incident ${id} is not locked yet (window ends ${incident.window.to})`,
      );
    await this.audit.record(principal, origin, {
      action: 'incident.export',
      target: { type: 'incident', id: String(id) },
      details: { digest: evidence.digest },
    });
    return {
      format: 'fleet-incident-package/v1',
      exportedAt: new Date().toISOString(),
      incident,
      header: evidence.header,
      samples: evidence.samples,
      events: evidence.events,
      csv: evidenceCsv(evidence.samples, evidence.events),
      chain: evidence.chain,
      verifyWith: VERIFY_COMMAND,
    };
  }

  async addAttachment(
    principal: Principal,
    scope: DataScope,
    origin: RequestOrigin,
    id: number,
    file: { fileName: string; contentType: string; bytes: Uint8Array },
  ): Promise<IncidentAttachment> {
    await this.incidents.row(scope, id);
    if (file.bytes.byteLength === 0) throw new ApiError('invalid_request', 'the file is empty');
    if (file.bytes.byteLength > this.settings.maxAttachmentBytes)
      throw new ApiError('payload_too_large', `attachments are limited to ${this.settings.maxAttachmentBytes} bytes`);
    const attachment: NewAttachment = {
      incidentId: id,
      fileName: file.fileName,
      contentType: file.contentType,
      bytes: file.bytes,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      uploadedBy: principal.username,
    };
    const added = await this.attachments.add(attachment);
    await this.audit.record(principal, origin, {
      action: 'incident.attach',
      target: { type: 'incident', id: String(id) },
      details: { attachmentId: added.id, fileName: added.fileName, sizeBytes: added.sizeBytes, sha256: added.sha256 },
    });
    return added;
  }

  async listAttachments(scope: DataScope, id: number): Promise<IncidentAttachment[]> {
    await this.incidents.row(scope, id);
    return this.attachments.list(id);
  }

  async attachment(
    scope: DataScope,
    id: number,
    attachmentId: number,
  ): Promise<{ attachment: IncidentAttachment; bytes: Buffer }> {
    await this.incidents.row(scope, id);
    const found = await this.attachments.content(id, attachmentId);
    if (!found) throw new ApiError('not_found', `attachment ${attachmentId} of incident ${id} not found`);
    return found;
  }

  /**
   * Deleting an incident or its evidence is always refused (legal hold; the database refuses too) and the attempt
   * is audited: the admin gets 409, anyone else 403.
   */
  async refuseDelete(
    principal: Principal,
    scope: DataScope,
    origin: RequestOrigin,
    id: number,
    what: 'incident' | 'evidence',
  ): Promise<never> {
    await this.incidents.row(scope, id);
    const admin = principal.role === 'admin';
    await this.audit.record(principal, origin, {
      action: `incident.delete_${what}`,
      target: { type: 'incident', id: String(id) },
      outcome: 'denied',
      details: { reason: admin ? 'legal hold' : `role ${principal.role} may not delete` },
    });
    if (!admin) throw new ApiError('forbidden', `a ${principal.role} may not delete an incident`);
    throw new ApiError('conflict', `incident ${id} and its evidence are on legal hold and cannot be deleted`);
  }
}
