import type { AlertStatus, AlertView } from '@fleet/alerts-model';
import type { Severity } from '@fleet/rules';

/** Unresolved alerts by severity. */
export type AlertCounts = Record<Severity, number>;

/** What a REST load of the unresolved alerts found: the newest of them, and the server's counts of all of them. */
export type UnresolvedAlertsLoad = {
  items: readonly AlertView[];
  counts: AlertCounts;
  /** Every unresolved alert is among `items` (no page came back full). */
  complete: boolean;
};

/** Handed out by `beginLoad`: the load it names applies only if no newer load began meanwhile. */
export type AlertLoadTicket = { readonly loadNo: number; readonly startedAtMs: number };

type Listener = () => void;

const STATUS_RANK: Readonly<Record<AlertStatus, number>> = { open: 0, acknowledged: 1, resolved: 2 };
const noCounts = (): AlertCounts => ({ info: 0, warning: 0, critical: 0 });

/**
 * The unresolved (open or acknowledged) alerts the console shows, kept outside React: loaded over REST when the
 * socket connects, then changed by `alert:changed` pushes and by the answers of acknowledge / resolve. The counts
 * are the server's (which may cover more alerts than were loaded), moved by each change that is seen.
 */
export class AlertStore {
  private readonly byId = new Map<number, AlertView>();
  /** Resolved alert ids: a late push of an earlier step must not bring a resolved alert back. */
  private readonly resolvedIds = new Set<number>();
  private countsValue: AlertCounts = noCounts();
  private loaded = false;
  private complete = true;
  private loadNo = 0;
  /** The load whose answer is awaited; pushes meanwhile are kept to re-apply over it. */
  private pendingLoad: number | null = null;
  private loadStartedAtMs = 0;
  /** Changes seen while a load was in flight, re-applied over its (older) answer. */
  private changesDuringLoad: AlertView[] = [];
  private changes = 0;
  private revision = 0;
  private sortedCache: { revision: number; list: AlertView[] } | null = null;
  private readonly listeners = new Set<Listener>();

  get version(): number {
    return this.revision;
  }
  /** `alert:changed` pushes and action answers applied so far. */
  get changesApplied(): number {
    return this.changes;
  }
  /** A first load has arrived (before that the counts are unknown, not zero). */
  get isLoaded(): boolean {
    return this.loaded;
  }
  get size(): number {
    return this.byId.size;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Unresolved alerts, newest first (by id: ids grow as alerts open). */
  unresolved(): readonly AlertView[] {
    if (this.sortedCache?.revision === this.revision) return this.sortedCache.list;
    const list = [...this.byId.values()].sort((a, b) => b.id - a.id);
    this.sortedCache = { revision: this.revision, list };
    return list;
  }

  counts(): Readonly<AlertCounts> {
    return this.countsValue;
  }

  get(id: number): AlertView | undefined {
    return this.byId.get(id);
  }

  /** Call before asking the server; pass the ticket to `applyLoad` with the answer. */
  beginLoad(nowMs: number): AlertLoadTicket {
    this.loadNo++;
    this.pendingLoad = this.loadNo;
    this.loadStartedAtMs = nowMs;
    this.changesDuringLoad = [];
    return { loadNo: this.loadNo, startedAtMs: nowMs };
  }

  /** Replaces what is shown with a load's answer, then re-applies the pushes that arrived while it was in flight. */
  applyLoad(ticket: AlertLoadTicket, load: UnresolvedAlertsLoad): void {
    if (ticket.loadNo !== this.pendingLoad) return;
    this.pendingLoad = null;
    this.byId.clear();
    for (const alert of load.items) {
      if (alert.status !== 'resolved' && !this.resolvedIds.has(alert.id)) this.byId.set(alert.id, alert);
    }
    this.countsValue = { ...load.counts };
    this.complete = load.complete;
    this.loaded = true;
    const replay = this.changesDuringLoad;
    this.changesDuringLoad = [];
    for (const alert of replay) this.put(alert, ticket.startedAtMs);
    this.changed();
  }

  /** The load failed: what is shown stays, pushes are no longer kept for it. */
  abandonLoad(ticket: AlertLoadTicket): void {
    if (ticket.loadNo !== this.pendingLoad) return;
    this.pendingLoad = null;
    this.changesDuringLoad = [];
  }

  /** One alert as it now is (a push, or the answer of acknowledging / resolving it). */
  applyChange(alert: AlertView): void {
    this.changes++;
    if (this.pendingLoad !== null) this.changesDuringLoad.push(alert);
    if (this.put(alert, this.loadStartedAtMs)) this.changed();
  }

  /** Applies one alert; false when it changes nothing (stale, or resolved and never shown). */
  private put(alert: AlertView, loadedAtMs: number): boolean {
    if (this.resolvedIds.has(alert.id)) return false;
    const known = this.byId.get(alert.id);
    if (known && !isNewer(alert, known)) return false;
    const before = known ? known.severity : this.countedSeverityOfUnknown(alert, loadedAtMs);
    if (alert.status === 'resolved') {
      this.resolvedIds.add(alert.id);
      this.byId.delete(alert.id);
      if (before) this.countsValue[before] = Math.max(0, this.countsValue[before] - 1);
      return known !== undefined || before !== null;
    }
    this.byId.set(alert.id, alert);
    if (before !== alert.severity) {
      if (before) this.countsValue[before] = Math.max(0, this.countsValue[before] - 1);
      this.countsValue[alert.severity]++;
    }
    return true;
  }

  /**
   * Whether the server's counts already include an alert the store has not seen: only when the load was
   * incomplete and the alert existed before the load began (then counted with its severity as pushed).
   */
  private countedSeverityOfUnknown(alert: AlertView, loadedAtMs: number): Severity | null {
    if (!this.loaded || this.complete) return null;
    return Date.parse(alert.raisedAt) < loadedAtMs ? alert.severity : null;
  }

  private changed(): void {
    this.revision++;
    for (const l of this.listeners) l();
  }
}

/** Status never goes back (open → acknowledged → resolved); within a status a later raise has more occurrences. */
function isNewer(next: AlertView, known: AlertView): boolean {
  const rank = STATUS_RANK[next.status] - STATUS_RANK[known.status];
  if (rank !== 0) return rank > 0;
  return next.occurrences >= known.occurrences;
}
