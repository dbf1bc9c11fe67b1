import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { LiveBus } from '@fleet/live-bus';
import { LIVE_NAMESPACE, type LiveClientEvents, type LiveServerEvents } from '@fleet/live-events';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { LOGGER, PLATFORM_CONFIG } from '@fleet/ops';
import type { PlatformConfig } from '@fleet/config';
import { Inject, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { FleetLiveState } from './fleet-live-state.js';

type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;
type LiveSocket = Socket<LiveClientEvents, LiveServerEvents>;

/** Pushes the fleet to consoles: a snapshot on (re)connect, then one binary batch of changed vehicles per tick. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, transports: ['websocket', 'polling'] })
export class LiveGateway implements OnGatewayConnection, OnApplicationBootstrap, OnApplicationShutdown {
  @WebSocketServer() private readonly namespace!: LiveNamespace;
  private readonly state: FleetLiveState;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly metrics;

  constructor(
    @Inject(VehicleRegistryRepository) private readonly registry: VehicleRegistryRepository,
    @Inject(LiveBus) private readonly bus: LiveBus,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(Metrics) metrics: Metrics,
  ) {
    this.state = new FleetLiveState(
      (id) => this.registry.get(id),
      (vehicle) => this.namespace.emit('fleet:vehicle', vehicle),
      (id, error) => this.log.warn({ err: error, vehicleId: id }, 'lookup of a new vehicle failed'),
    );
    this.metrics = {
      clients: metrics.gauge('live_clients', 'Connected console sockets'),
      updates: metrics.counter('live_updates_sent_total', 'fleet:update batches broadcast'),
      rows: metrics.counter('live_update_rows_total', 'Vehicle rows broadcast in fleet:update batches'),
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    this.state.load(await this.registry.list({ limit: 1_000_000, offset: 0 }));
    this.unsubscribe = this.bus.subscribe((message) => this.state.apply(message));
    this.timer = setInterval(() => this.tick(), this.config.live.tickMs);
    this.log.info({ vehicles: this.state.size }, 'live gateway ready');
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
  }

  handleConnection(socket: LiveSocket): void {
    this.metrics.clients.set(this.namespace.sockets.size);
    socket.on('disconnect', () => this.metrics.clients.set(this.namespace.sockets.size));
    socket.emit('fleet:snapshot', this.state.snapshot());
  }

  @SubscribeMessage('fleet:resync')
  resync(socket: LiveSocket): void {
    socket.emit('fleet:snapshot', this.state.snapshot());
  }

  private tick(): void {
    const update = this.state.takeUpdate();
    if (!update) return;
    this.namespace.emit('fleet:update', update.buffer);
    this.metrics.updates.inc();
    this.metrics.rows.inc(update.rows);
  }
}
