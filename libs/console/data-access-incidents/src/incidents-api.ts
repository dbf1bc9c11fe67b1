import { AdminApiError, AdminHttp } from '@fleet/console-admin-api';
import type {
  AttachmentUpload,
  EvidencePackage,
  EvidenceVerifyResult,
  IncidentAttachment,
  IncidentDetail,
  IncidentEvidence,
  IncidentReport,
  IncidentStep,
  IncidentSummary,
  OpenIncidentRequest,
} from '@fleet/incidents-model';
import { incidentParams, type IncidentQuery } from './incident-query.js';
import {
  isAttachment,
  isEvidencePackage,
  isIncidentDetail,
  isIncidentEvidence,
  isIncidentList,
  isVerifyResult,
} from './incidents-guards.js';

export const INCIDENTS_PATH = '/api/v1/incidents';
const incidentPath = (id: number) => `${INCIDENTS_PATH}/${encodeURIComponent(String(id))}`;

/**
 * Incidents and their locked evidence. Every role reads (an operator its own enterprise's); the server decides
 * who may edit the report and take each step, and refuses the rest (forbidden / conflict).
 */
export class IncidentsApi {
  constructor(
    private readonly http: AdminHttp,
    /** For the file downloads AdminHttp does not do (binary bodies). */
    private readonly fetchFn: typeof fetch,
    private readonly baseUrl = '',
  ) {}

  list(query: IncidentQuery, signal?: AbortSignal): Promise<{ items: IncidentSummary[] }> {
    const qs = incidentParams(query);
    return this.http.json('GET', qs ? `${INCIDENTS_PATH}?${qs}` : INCIDENTS_PATH, isIncidentList, undefined, signal);
  }

  get(id: number, signal?: AbortSignal): Promise<IncidentDetail> {
    return this.http.json('GET', incidentPath(id), isIncidentDetail, undefined, signal);
  }

  open(request: OpenIncidentRequest): Promise<IncidentDetail> {
    return this.http.json('POST', INCIDENTS_PATH, isIncidentDetail, request);
  }

  saveReport(id: number, report: IncidentReport): Promise<IncidentDetail> {
    return this.http.json('PUT', `${incidentPath(id)}/report`, isIncidentDetail, report);
  }

  step(id: number, step: IncidentStep, note: string): Promise<IncidentDetail> {
    return this.http.json('POST', `${incidentPath(id)}/${step}`, isIncidentDetail, { note });
  }

  evidence(id: number, signal?: AbortSignal): Promise<IncidentEvidence> {
    return this.http.json('GET', `${incidentPath(id)}/evidence`, isIncidentEvidence, undefined, signal);
  }

  verify(id: number, signal?: AbortSignal): Promise<EvidenceVerifyResult> {
    return this.http.json('GET', `${incidentPath(id)}/evidence/verify`, isVerifyResult, undefined, signal);
  }

  exportPackage(id: number, signal?: AbortSignal): Promise<EvidencePackage> {
    return this.http.json('GET', `${incidentPath(id)}/export`, isEvidencePackage, undefined, signal);
  }

  upload(id: number, file: AttachmentUpload): Promise<IncidentAttachment> {
    return this.http.json('POST', `${incidentPath(id)}/attachments`, isAttachment, file);
  }

  /** The attached file as stored (fetched with the session's token: a plain link would carry none). */
  async attachment(id: number, attachmentId: number, signal?: AbortSignal): Promise<Blob> {
    const path = `${incidentPath(id)}/attachments/${encodeURIComponent(String(attachmentId))}`;
    let res: Response;
    try {
      res = await this.fetchFn(`${this.baseUrl}${path}`, { signal });
    } catch (error) {
      if (error instanceof TypeError) throw new AdminApiError(0, 'unreachable', `GET ${path}: ${error.message}`);
      throw error;
    }
    if (!res.ok) {
      const code = res.status === 404 ? 'not_found' : res.status === 403 ? 'forbidden' : 'unexpected_response';
      throw new AdminApiError(res.status, code, `GET ${path} answered ${res.status}`);
    }
    return res.blob();
  }
}

/** The incidents client over the session's authorized fetch (`baseUrl` empty: the page's own origin). */
export function createIncidentsApi(fetchFn: typeof fetch, baseUrl = ''): IncidentsApi {
  return new IncidentsApi(new AdminHttp(fetchFn, baseUrl), fetchFn, baseUrl);
}
