import type { AlertRepository } from '@fleet/alerts-data';
import type { AlertView } from '@fleet/alerts-model';
import { SYSTEM_SCOPE } from '@fleet/auth-model';
import type { VehicleRegistryRepository } from '@fleet/fleet-registry';
import type { IngestRuntime, PendingWrite } from '@fleet/ingest';
import type { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import type { Metrics } from '@fleet/metrics';
import type { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import type { Permit } from '@fleet/registry-model';
import {
  initialVehicleState,
  isDriverless,
  onClockTick,
  onConnectivity,
  onEvent,
  onSample,
  RemoteOfficerLoad,
  withVehicleFacts,
  type PermitContext,
  type RuleResult,
  type RuleSettings,
  type RuleSignal,
  type VehicleRuleState,
} from '@fleet/rules';
import { ruleInputsOf, type RuleInput } from './committed-facts.js';
import { governingPermit, permitContext } from './governing-permit.js';

export type ComplianceSettings = {
  rules: RuleSettings;
  /** A critical alert still unacknowledged this long after it opened is escalated. */
  escalateAfterMs: number;
  /** Permits also reload on this period (validity ends by the clock, not only by a regulator's step). */
  permitRefreshMs: number;
};

type Watched = { state: VehicleRuleState; permit: PermitContext | null; lastLonLat: [number, number] | null };
/** The sample or event a signal was judged from, stored with the alert as received. */
type Trigger = Record<string, unknown> | null;
type Signal = RuleSignal & {
  lonLat: [number, number] | null;
  permitId: string | null;
  enterpriseId: string;
  trigger: Trigger;
};

/** How often silence (communication loss) and remote-officer staleness are judged. */
const TICK_MS = 1_000;
const ESCALATION_CHECK_MS = 30_000;

/**
 * The live compliance check: every committed sample, event and status goes through the rules against the vehicle's
 * permit; what they raise or clear is stored as alerts and pushed at once. Runs inside the ingest process, next to
 * the data, so per-vehicle rule state follows the vehicle's messages.
 */
export class ComplianceRuntime {
  private readonly watched = new Map<string, Watched>();
  private readonly officers: RemoteOfficerLoad;
  private writes: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private unsubscribe: (() => void) | undefined;
  private readonly metrics;

  constructor(
    private readonly ingest: IngestRuntime,
    private readonly vehicles: VehicleRegistryRepository,
    private readonly permits: PermitRepository,
    private readonly zones: ZoneRepository,
    private readonly alerts: AlertRepository,
    private readonly bus: LiveBus,
    private readonly settings: ComplianceSettings,
    private readonly log: Logger,
    metrics: Metrics,
  ) {
    this.officers = new RemoteOfficerLoad(settings.rules);
    this.metrics = {
      signals: metrics.counter('rules_signals_total', 'Alert changes the rules produced', ['kind', 'action']),
      storeFailures: metrics.counter('rules_alert_store_failures_total', 'Alert changes the database refused'),
      storeSeconds: metrics.histogram(
        'rules_alert_store_seconds',
        'From judging a batch to its alert changes being stored and pushed (includes waiting for earlier writes)',
        [0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      ),
    };
  }

  async start(): Promise<void> {
    await this.reload();
    this.ingest.onCommitted((writes) => this.judge(writes));
    this.unsubscribe = this.bus.subscribe((message) => {
      if (message.type === 'permits-changed' || message.type === 'vehicles-changed') this.reloadInBackground();
    });
    this.timers = [
      setInterval(() => this.tick(Date.now()), TICK_MS),
      setInterval(() => this.reloadInBackground(), this.settings.permitRefreshMs),
      setInterval(() => this.enqueue(() => this.escalate()), ESCALATION_CHECK_MS),
    ];
    this.log.info({ vehicles: this.watched.size }, 'live compliance rules running');
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.unsubscribe?.();
    await this.writes;
  }

  /** Reads vehicles, permits and zones again; rule state is kept, only the facts and permits are replaced. */
  async reload(nowMs = Date.now()): Promise<void> {
    const [vehicles, permits, zones] = await Promise.all([
      this.vehicles.list(SYSTEM_SCOPE, { limit: 1_000_000, offset: 0 }),
      this.permits.list(SYSTEM_SCOPE),
      this.zones.list(),
    ]);
    const zonesById = new Map(zones.map((z) => [z.id, z]));
    const permitsByVehicle = new Map<string, Permit[]>();
    for (const p of permits)
      for (const id of p.vehicleIds) {
        const list = permitsByVehicle.get(id);
        if (list) list.push(p);
        else permitsByVehicle.set(id, [p]);
      }
    for (const v of vehicles) {
      const facts = { vehicleId: v.id, enterpriseId: v.enterpriseId, driverlessCapable: v.driverlessCapable };
      const governing = governingPermit(permitsByVehicle.get(v.id) ?? [], nowMs);
      const current = this.watched.get(v.id);
      this.watched.set(v.id, {
        state: current ? withVehicleFacts(current.state, facts) : initialVehicleState(facts),
        permit: governing ? permitContext(governing, zonesById) : null,
        lastLonLat: current?.lastLonLat ?? null,
      });
    }
  }

  private reloadInBackground(): void {
    this.reload().catch((error: unknown) => this.log.warn({ err: error }, 'reloading permits failed'));
  }

  /** Runs the rules over one committed batch, in arrival order. Synchronous: the state never races itself. */
  judge(writes: readonly PendingWrite[]): void {
    const signals: Signal[] = [];
    for (const input of ruleInputsOf(writes)) {
      const watched = this.watched.get(input.vehicleId);
      // Registered after the last reload: the next reload (on a period, or a permit change) brings it in.
      if (!watched) continue;
      const result = this.apply(input, watched);
      watched.state = result.state;
      const trigger = input.type === 'sample' ? input.sample : input.type === 'event' ? input.event : null;
      signals.push(...this.locate(result.signals, watched, trigger));
    }
    if (signals.length > 0) this.enqueue(() => this.store(signals, Date.now()));
  }

  private apply(input: RuleInput, watched: Watched): RuleResult {
    switch (input.type) {
      case 'sample': {
        const result = onSample(watched.state, watched.permit, input.sample, this.settings.rules);
        if (input.sample.resent) return result;
        watched.lastLonLat = [input.sample.lonDeg, input.sample.latDeg];
        const load = this.officers.update(
          input.vehicleId,
          input.sample.remoteOfficerId,
          isDriverless(input.sample, this.settings.rules),
          input.sample.receivedMs,
        );
        return { state: result.state, signals: [...result.signals, ...load] };
      }
      case 'event':
        return onEvent(watched.state, input.event, this.settings.rules);
      case 'connectivity':
        return onConnectivity(watched.state, input.online, input.receivedMs);
    }
  }

  private tick(nowMs: number): void {
    const signals: Signal[] = [];
    for (const watched of this.watched.values()) {
      const result = onClockTick(watched.state, nowMs, this.settings.rules);
      watched.state = result.state;
      signals.push(...this.locate(result.signals, watched, null));
    }
    for (const signal of this.officers.expire(nowMs)) {
      const watched = this.watched.get(signal.vehicleId);
      if (watched) signals.push(...this.locate([signal], watched, null));
    }
    if (signals.length > 0) this.enqueue(() => this.store(signals, nowMs));
  }

  private locate(signals: RuleSignal[], watched: Watched, trigger: Trigger): Signal[] {
    return signals.map((s) => ({
      ...s,
      lonLat: watched.lastLonLat,
      permitId: watched.permit?.permitId ?? null,
      enterpriseId: watched.state.vehicle.enterpriseId,
      trigger,
    }));
  }

  /** Alert writes run one after another, so a raise and its clear reach the database in the order they happened. */
  private enqueue(work: () => Promise<void>): void {
    this.writes = this.writes.then(work).catch((error: unknown) => {
      this.metrics.storeFailures.inc();
      this.log.error({ err: error }, 'storing alert changes failed');
    });
  }

  private async store(signals: Signal[], judgedAtMs: number): Promise<void> {
    const changed: AlertView[] = [];
    for (const s of signals) {
      this.metrics.signals.inc({ kind: s.kind, action: s.action });
      if (s.action === 'clear') {
        const cleared = await this.alerts.clear(s.vehicleId, s.kind, s.timeMs);
        if (cleared) changed.push(cleared);
        continue;
      }
      const { alert } = await this.alerts.raise({
        vehicleId: s.vehicleId,
        enterpriseId: s.enterpriseId,
        kind: s.kind,
        severity: s.severity,
        timeMs: s.timeMs,
        detail: s.detail,
        facts: s.trigger ? { ...s.facts, trigger: s.trigger } : s.facts,
        lonDeg: s.lonLat?.[0] ?? null,
        latDeg: s.lonLat?.[1] ?? null,
        permitId: s.permitId,
      });
      changed.push(alert);
    }
    if (changed.length > 0) this.bus.publish({ type: 'alerts-changed', alerts: changed });
    this.metrics.storeSeconds.observe((Date.now() - judgedAtMs) / 1_000);
  }

  private async escalate(): Promise<void> {
    const escalated = await this.alerts.escalateOverdue(this.settings.escalateAfterMs);
    if (escalated.length === 0) return;
    this.log.warn({ alerts: escalated.map((a) => a.id) }, 'critical alerts escalated: nobody acknowledged them');
    this.bus.publish({ type: 'alerts-changed', alerts: escalated });
  }
}
