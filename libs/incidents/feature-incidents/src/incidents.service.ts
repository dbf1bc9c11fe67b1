import type { AlertRepository } from '@fleet/alerts-data';
import type { AuditService, Principal, RequestOrigin } from '@fleet/auth';
import type { DataScope } from '@fleet/auth-model';
import { ApiError } from '@fleet/http';
import type { LiveBus } from '@fleet/live-bus';
import {
  reportOf,
  summaryOf,
  type AttachmentRepository,
  type EvidenceRepository,
  type IncidentFilter,
  type IncidentRepository,
  type IncidentRow,
} from '@fleet/incidents-data';
import {
  INCIDENT_STEP_TABLE,
  type IncidentDetail,
  type IncidentReport,
  type IncidentStep,
  type IncidentSummary,
} from '@fleet/incidents-model';
import { REPORT_EDITABLE, REPORT_ROLES, STEP_ROLES } from './incident-permissions.js';
import type { IncidentSettings } from './incident-settings.js';

export type OpenByHand = { alertId: number; note: string } | { vehicleId: string; time: number; note: string };
export type ReportPatch = Partial<Omit<IncidentReport, 'time'> & { time: number | null }>;

/** Clock skew allowed when a person opens an incident at "now". */
const FUTURE_SLACK_MS = 60_000;

/** Incidents as people see and move them: listing, opening by hand, the report and the workflow. Every step audited. */
export class IncidentService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly evidence: EvidenceRepository,
    private readonly attachments: AttachmentRepository,
    private readonly alerts: AlertRepository,
    private readonly audit: AuditService,
    private readonly settings: IncidentSettings,
    private readonly bus: LiveBus,
  ) {}

  async list(scope: DataScope, filter: IncidentFilter): Promise<IncidentSummary[]> {
    const now = Date.now();
    return (await this.incidents.list(scope, filter)).map((row) => summaryOf(row, now));
  }

  /** The incident within the scope, or 404 (another enterprise's incident does not exist for an operator). */
  async row(scope: DataScope, id: number): Promise<IncidentRow> {
    const row = await this.incidents.get(scope, id);
    if (!row) throw new ApiError('not_found', `incident ${id} not found`);
    return row;
  }

  async detail(scope: DataScope, id: number): Promise<IncidentDetail> {
    return this.detailOf(await this.row(scope, id));
  }

  async detailOf(row: IncidentRow): Promise<IncidentDetail> {
    const [history, attachments, lock] = await Promise.all([
      this.incidents.history(row.id),
      this.attachments.list(row.id),
      this.evidence.lock(row.id),
    ]);
    return {
      ...summaryOf(row, Date.now()),
      report: reportOf(row),
      reportUpdatedAt: row.report_updated_at?.toISOString() ?? null,
      reportUpdatedBy: row.report_updated_by,
      history,
      attachments,
      evidence: {
        state: row.evidence_state,
        lockedAt: lock?.lockedAt.toISOString() ?? null,
        sampleCount: lock?.sampleCount ?? 0,
        eventCount: lock?.eventCount ?? 0,
        digest: lock?.digest ?? null,
      },
    };
  }

  async open(principal: Principal, scope: DataScope, origin: RequestOrigin, body: OpenByHand): Promise<IncidentDetail> {
    let vehicleId: string;
    let timeMs: number;
    let alertId: number | null = null;
    if ('alertId' in body) {
      const alert = await this.alerts.get(scope, body.alertId);
      if (!alert) throw new ApiError('not_found', `alert ${body.alertId} not found`);
      vehicleId = alert.vehicleId;
      timeMs = Date.parse(alert.raisedAt);
      alertId = alert.id;
    } else {
      if (body.time > Date.now() + FUTURE_SLACK_MS) throw new ApiError('invalid_request', 'time is in the future');
      vehicleId = body.vehicleId;
      timeMs = body.time;
    }
    const window = this.settings.windows.manual;
    const row = await this.incidents.open(scope, {
      vehicleId,
      kind: 'manual',
      timeMs,
      beforeMs: window.beforeMs,
      afterMs: window.afterMs,
      initialNoticeMs: this.settings.initialNoticeMs,
      analysisReportMs: this.settings.analysisReportMs,
      openedBy: principal.username,
      alertId,
      note: body.note,
    });
    if (!row) throw new ApiError('not_found', `vehicle ${vehicleId} not found`);
    await this.audit.record(principal, origin, {
      action: 'incident.open',
      target: { type: 'incident', id: String(row.id) },
      details: { vehicleId, time: row.occurred_at.toISOString(), alertId, note: body.note },
    });
    this.changed(row);
    return this.detailOf(row);
  }

  async updateReport(
    principal: Principal,
    scope: DataScope,
    origin: RequestOrigin,
    id: number,
    patch: ReportPatch,
  ): Promise<IncidentDetail> {
    const current = await this.row(scope, id);
    await this.requireRole(principal, origin, id, REPORT_ROLES, 'incident.report');
    const { time, ...fields } = patch;
    const report: IncidentReport = {
      ...reportOf(current),
      ...fields,
      ...(time === undefined ? {} : { time: time === null ? null : new Date(time).toISOString() }),
    };
    const row = await this.incidents.updateReport(scope, id, REPORT_EDITABLE, report, principal.username);
    if (!row) throw new ApiError('conflict', `the report of a ${current.status} incident cannot be changed`);
    await this.audit.record(principal, origin, {
      action: 'incident.report',
      target: { type: 'incident', id: String(id) },
      details: { fields: Object.keys(patch) },
    });
    this.changed(row);
    return this.detailOf(row);
  }

  async step(
    principal: Principal,
    scope: DataScope,
    origin: RequestOrigin,
    id: number,
    step: IncidentStep,
    note: string,
    atFault?: boolean | null,
  ): Promise<IncidentDetail> {
    if (atFault !== undefined && step !== 'close')
      throw new ApiError('invalid_request', 'atFault is decided with the close step only');
    const current = await this.row(scope, id);
    await this.requireRole(principal, origin, id, STEP_ROLES[step], `incident.${step}`);
    const { from, to } = INCIDENT_STEP_TABLE[step];
    const row = await this.incidents.transition(scope, id, {
      from,
      to,
      action: step,
      actor: principal.username,
      note,
      atFault,
    });
    if (!row) throw new ApiError('conflict', `a ${current.status} incident cannot take the step ${step}`);
    await this.audit.record(principal, origin, {
      action: `incident.${step}`,
      target: { type: 'incident', id: String(id) },
      details: { vehicleId: row.vehicle_id, from: current.status, to: row.status, note, atFault },
    });
    this.changed(row);
    return this.detailOf(row);
  }

  private changed(row: IncidentRow): void {
    this.bus.publish({ type: 'incidents-changed', incidents: [summaryOf(row, Date.now())] });
  }

  /** A refused step is audited too: who tried what on which incident. */
  async requireRole(
    principal: Principal,
    origin: RequestOrigin,
    id: number,
    roles: readonly string[],
    action: string,
  ): Promise<void> {
    if (roles.includes(principal.role)) return;
    await this.audit.record(principal, origin, {
      action,
      target: { type: 'incident', id: String(id) },
      outcome: 'denied',
      details: { reason: `role ${principal.role} may not` },
    });
    throw new ApiError('forbidden', `a ${principal.role} may not ${action.replace('incident.', '')} an incident`);
  }
}
