import type { AlertRepository } from '@fleet/alerts-data';
import type { AlertView } from '@fleet/alerts-model';
import { SYSTEM_SCOPE } from '@fleet/auth-model';
import { sha256Hex, summaryOf, type EvidenceRepository, type IncidentRepository } from '@fleet/incidents-data';
import type { IncidentSummary } from '@fleet/incidents-model';
import type { IngestRuntime, PendingWrite } from '@fleet/ingest';
import type { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import type { Metrics } from '@fleet/metrics';
import { severityOf } from '@fleet/rules';
import type { IncidentSettings } from './incident-settings.js';
import { incidentTriggersOf, type IncidentTrigger } from './incident-triggers.js';

/**
 * Incidents next to the data: opens incidents from committed vehicle events, locks each one's evidence once its
 * window has passed (a timer per incident, plus a periodic sweep that also catches windows that ended while the
 * process was down), and raises an alert for each overdue deadline. Runs where the ingest runs.
 */
export class IncidentRuntime {
  private work: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private readonly pending = new Set<NodeJS.Timeout>();
  private stopped = false;
  private readonly metrics;

  constructor(
    private readonly ingest: Pick<IngestRuntime, 'onCommitted'>,
    private readonly incidents: IncidentRepository,
    private readonly evidence: EvidenceRepository,
    private readonly alerts: AlertRepository,
    private readonly bus: LiveBus,
    private readonly settings: IncidentSettings,
    private readonly log: Logger,
    metrics: Metrics,
  ) {
    this.metrics = {
      opened: metrics.counter('incidents_opened_total', 'Incidents opened from vehicle events', ['kind']),
      locked: metrics.counter('incidents_evidence_locked_total', 'Evidence windows copied and locked'),
      failures: metrics.counter('incidents_failures_total', 'Incident work the database refused', ['step']),
    };
  }

  start(): void {
    this.ingest.onCommitted((writes) => this.onCommitted(writes));
    this.timers = [
      setInterval(() => this.enqueue('capture', () => this.captureDue()), this.settings.captureCheckMs),
      setInterval(() => this.enqueue('deadlines', () => this.alertOverdue()), this.settings.deadlineCheckMs),
    ];
    // Windows that ended while the process was down, and deadlines that passed meanwhile.
    this.enqueue('capture', () => this.captureDue());
    this.enqueue('deadlines', () => this.alertOverdue());
    this.log.info({ openOn: this.settings.openOn }, 'incidents: opening from vehicle events, locking evidence');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of [...this.timers, ...this.pending]) clearTimeout(timer);
    this.pending.clear();
    await this.work;
  }

  /** Work the current queue to its end (tests and shutdown). */
  idle(): Promise<void> {
    return this.work;
  }

  onCommitted(writes: readonly PendingWrite[]): void {
    const triggers = incidentTriggersOf(writes, this.settings.openOn);
    if (triggers.length > 0) this.enqueue('open', () => this.open(triggers));
  }

  /** One after another: the embedded database has one connection, and order keeps logs readable. */
  private enqueue(step: string, task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((error: unknown) => {
      this.metrics.failures.inc({ step });
      this.log.error({ err: error, step }, 'incident work failed');
    });
  }

  private async open(triggers: IncidentTrigger[]): Promise<void> {
    const opened: IncidentSummary[] = [];
    for (const t of triggers) {
      const window = this.settings.windows[t.kind];
      const incident = await this.incidents.open(SYSTEM_SCOPE, {
        vehicleId: t.vehicleId,
        kind: t.kind,
        timeMs: t.timeMs,
        beforeMs: window.beforeMs,
        afterMs: window.afterMs,
        initialNoticeMs: this.settings.initialNoticeMs,
        analysisReportMs: this.settings.analysisReportMs,
        openedBy: null,
        alertId: null,
        note: `vehicle event seq ${t.seq}`,
      });
      // Already open for this event (re-sent or redelivered), or a vehicle the registry does not know.
      if (!incident) continue;
      this.metrics.opened.inc({ kind: t.kind });
      this.log.warn({ incident: incident.id, vehicleId: t.vehicleId, kind: t.kind }, 'incident opened');
      this.scheduleCapture(incident.window_to.getTime());
      opened.push(summaryOf(incident, Date.now()));
    }
    if (opened.length > 0) this.bus.publish({ type: 'incidents-changed', incidents: opened });
  }

  /** A timer for the window's end, so evidence locks promptly; the periodic sweep is the safety net. */
  scheduleCapture(windowToMs: number): void {
    if (this.stopped) return;
    const delay = Math.max(0, windowToMs + this.settings.captureGraceMs - Date.now()) + 50;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      this.enqueue('capture', () => this.captureDue());
    }, delay);
    this.pending.add(timer);
  }

  private async captureDue(): Promise<void> {
    const locked: IncidentSummary[] = [];
    for (const id of await this.incidents.evidenceDue(this.settings.captureGraceMs)) {
      const lock = await this.evidence.capture(id, sha256Hex);
      if (!lock) continue;
      this.metrics.locked.inc();
      this.log.info(
        { incident: id, samples: lock.sampleCount, events: lock.eventCount, digest: lock.digest },
        'incident evidence locked',
      );
      const row = await this.incidents.get(SYSTEM_SCOPE, id);
      if (row) locked.push(summaryOf(row, Date.now()));
    }
    if (locked.length > 0) this.bus.publish({ type: 'incidents-changed', incidents: locked });
  }

  private async alertOverdue(): Promise<void> {
    const changed: AlertView[] = [];
    for (const d of await this.incidents.overdueDeadlines()) {
      const dueAt = new Date(d.dueMs).toISOString();
      const { alert } = await this.alerts.raise({
        vehicleId: d.incident.vehicle_id,
        enterpriseId: d.incident.enterprise_id,
        kind: 'incident_overdue',
        severity: severityOf('incident_overdue'),
        timeMs: d.dueMs,
        detail: `incident ${d.incident.id}: ${d.kind.replace('_', ' ')} overdue (due ${dueAt})`,
        facts: { incidentId: d.incident.id, deadline: d.kind, dueAt, incidentKind: d.incident.kind },
        latDeg: null,
        lonDeg: null,
        permitId: null,
      });
      await this.incidents.markOverdueAlerted(d.incident.id, d.kind);
      changed.push(alert);
    }
    if (changed.length > 0) this.bus.publish({ type: 'alerts-changed', alerts: changed });
  }
}
