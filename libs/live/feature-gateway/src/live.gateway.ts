import type { AlertView } from '@fleet/alerts-model';
import type { IncidentSummary } from '@fleet/incidents-model';
import { Authenticator, type Principal } from '@fleet/auth';
import { AnyRole } from '@fleet/auth-access';
import { dataScopeOf, LIVE_UNAUTHENTICATED, seesAllEnterprises, SYSTEM_SCOPE } from '@fleet/auth-model';
import type { PlatformConfig } from '@fleet/config';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { LiveBus } from '@fleet/live-bus';
import { LIVE_NAMESPACE, type LiveClientEvents, type LiveServerEvents } from '@fleet/live-events';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { LOGGER, PLATFORM_CONFIG } from '@fleet/ops';
import { Inject, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { FleetLiveState } from './fleet-live-state.js';

type SocketData = { principal?: Principal };
type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<LiveClientEvents, LiveServerEvents, Record<string, never>, SocketData>;

/** Regulators, assessors and admins share one room; each operator's enterprise has its own. */
const ALL_FLEETS_ROOM = 'fleets:all';
const enterpriseRoom = (enterpriseId: string) => `enterprise:${enterpriseId}`;
/** How often open sockets are re-checked, so a sign-out elsewhere closes them soon after. */
const SESSION_SWEEP_MS = 15_000;

/**
 * Pushes the fleet to consoles: a snapshot on (re)connect, then one binary batch of changed vehicles per tick.
 * The handshake must carry a valid access token; each socket sees only its scope, and is closed when its
 * token expires or its session is revoked (the console refreshes and reconnects).
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, transports: ['websocket', 'polling'] })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationBootstrap, OnApplicationShutdown {
  @WebSocketServer() private readonly namespace!: LiveNamespace;
  private readonly state: FleetLiveState;
  private timer: NodeJS.Timeout | undefined;
  private sweep: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly metrics;

  constructor(
    @Inject(VehicleRegistryRepository) private readonly registry: VehicleRegistryRepository,
    @Inject(LiveBus) private readonly bus: LiveBus,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(Metrics) metrics: Metrics,
  ) {
    this.state = new FleetLiveState(
      (id) => this.registry.get(SYSTEM_SCOPE, id),
      (vehicle) =>
        this.namespace.local.to([ALL_FLEETS_ROOM, enterpriseRoom(vehicle.enterpriseId)]).emit('fleet:vehicle', vehicle),
      (id, error) => this.log.warn({ err: error, vehicleId: id }, 'lookup of a new vehicle failed'),
    );
    this.metrics = {
      clients: metrics.gauge('live_clients', 'Connected console sockets'),
      refused: metrics.counter('live_refused_handshakes_total', 'Socket handshakes refused (no or bad token)'),
      updates: metrics.counter('live_updates_sent_total', 'fleet:update batches broadcast'),
      rows: metrics.counter('live_update_rows_total', 'Vehicle rows broadcast in fleet:update batches'),
      alerts: metrics.counter('live_alerts_sent_total', 'alert:changed events pushed to consoles'),
    };
  }

  afterInit(namespace: LiveNamespace): void {
    namespace.use((socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token = typeof auth?.token === 'string' ? auth.token : undefined;
      this.authenticator.authenticate(token).then(
        (principal) => {
          if (!principal) {
            this.metrics.refused.inc();
            return next(new Error(LIVE_UNAUTHENTICATED));
          }
          socket.data.principal = principal;
          next();
        },
        (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.state.load(await this.registry.list(SYSTEM_SCOPE, { limit: 1_000_000, offset: 0 }));
    this.unsubscribe = this.bus.subscribe((message) => {
      if (message.type === 'alerts-changed') this.pushAlerts(message.alerts);
      else if (message.type === 'incidents-changed') this.pushIncidents(message.incidents);
      else this.state.apply(message);
    });
    this.timer = setInterval(() => this.tick(), this.config.live.tickMs);
    this.sweep = setInterval(() => void this.closeRevokedSockets(), SESSION_SWEEP_MS);
    this.log.info({ vehicles: this.state.size }, 'live gateway ready');
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    clearInterval(this.sweep);
    this.unsubscribe?.();
  }

  handleConnection(socket: LiveSocket): void {
    const principal = socket.data.principal;
    if (!principal) return void socket.disconnect(true);
    void socket.join(
      seesAllEnterprises(principal.role) ? ALL_FLEETS_ROOM : enterpriseRoom(principal.enterpriseId ?? ''),
    );
    const expiry = setTimeout(() => socket.disconnect(true), Math.max(0, principal.tokenExpiresAtMs - Date.now()));
    this.metrics.clients.set(this.namespace.sockets.size);
    socket.on('disconnect', () => {
      clearTimeout(expiry);
      this.metrics.clients.set(this.namespace.sockets.size);
    });
    socket.emit('fleet:snapshot', this.state.snapshot(dataScopeOf(principal)));
  }

  @SubscribeMessage('fleet:resync')
  @AnyRole()
  resync(socket: LiveSocket): void {
    const principal = socket.data.principal;
    if (principal) socket.emit('fleet:snapshot', this.state.snapshot(dataScopeOf(principal)));
  }

  // Every emit is instance-local (`.local`): each api instance hears the live bus itself and serves its own sockets;
  // through the Redis adapter each update would reach every console once per instance.
  private tick(): void {
    const update = this.state.takeUpdate();
    if (!update) return;
    this.namespace.local.to(ALL_FLEETS_ROOM).emit('fleet:update', update.all.buffer);
    for (const [enterpriseId, own] of update.byEnterprise) {
      this.namespace.local.to(enterpriseRoom(enterpriseId)).emit('fleet:update', own.buffer);
    }
    this.metrics.updates.inc();
    this.metrics.rows.inc(update.all.rows);
  }

  /** Alerts go out at once, not on the tick: the regulator should see them within seconds of the sample. */
  private pushAlerts(alerts: AlertView[]): void {
    for (const alert of alerts) {
      this.namespace.local.to([ALL_FLEETS_ROOM, enterpriseRoom(alert.enterpriseId)]).emit('alert:changed', alert);
    }
    this.metrics.alerts.inc(alerts.length);
  }

  private pushIncidents(incidents: IncidentSummary[]): void {
    for (const incident of incidents) {
      this.namespace.local
        .to([ALL_FLEETS_ROOM, enterpriseRoom(incident.enterpriseId)])
        .emit('incident:changed', incident);
    }
  }

  private async closeRevokedSockets(): Promise<void> {
    for (const socket of this.namespace.sockets.values()) {
      const principal = socket.data.principal;
      if (!principal) continue;
      const stillValid = await this.authenticator.stillValid(principal).catch(() => true);
      if (!stillValid) socket.disconnect(true);
    }
  }
}
