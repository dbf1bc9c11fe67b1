import { io, type Socket } from 'socket.io-client';
import { LIVE_UNAUTHENTICATED } from '@fleet/auth-model';
import { LIVE_NAMESPACE, decodeFleetUpdate, type LiveClientEvents, type LiveServerEvents } from '@fleet/live-events';
import type { AlertStore } from './alert-store.js';
import type { FleetStore } from './fleet-store.js';
import { LiveAuthRecovery, type LiveTokenSource } from './live-auth-recovery.js';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export type LiveConnectionOptions = {
  store: FleetStore;
  /** Receives `alert:changed` pushes (a few a minute, kept apart from the fleet's hot path). */
  alerts?: AlertStore;
  /** Access tokens for the handshake: the live namespace refuses sockets without a valid one. */
  tokens: LiveTokenSource;
  /** Base URL of the API; empty for the page's own origin (the default, the API serves the console). */
  baseUrl?: string;
  /** Clock used for animation timing; injectable for tests. */
  now?: () => number;
  /** Ask for a fresh snapshot after the page was hidden this long (ms). */
  resyncAfterHiddenMs?: number;
  onError?: (error: unknown) => void;
};

type Listener = () => void;

/** Copies a binary payload into a fresh ArrayBuffer so decodeFleetUpdate's typed-array views are aligned. */
export function toArrayBuffer(payload: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (payload instanceof ArrayBuffer) return payload;
  const copy = new Uint8Array(payload.byteLength);
  copy.set(new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength));
  return copy.buffer;
}

/**
 * The socket.io feed of the live fleet, applied straight to a FleetStore (no React on this path).
 * Exposes the connection status for the header indicator. Authentication (token in the handshake, renew
 * and reconnect when the server refuses or drops the socket) is LiveAuthRecovery's job.
 */
export class LiveConnection {
  private readonly socket: Socket<LiveServerEvents, LiveClientEvents>;
  private readonly auth: LiveAuthRecovery;
  private statusValue: ConnectionStatus = 'connecting';
  private readonly listeners = new Set<Listener>();
  private hiddenSinceMs: number | null = null;
  private lastResyncMs = 0;
  private readonly now: () => number;

  constructor(private readonly options: LiveConnectionOptions) {
    this.now = options.now ?? (() => performance.now());
    this.auth = new LiveAuthRecovery({
      tokens: options.tokens,
      reconnect: () => this.socket.connect(),
      onSessionEnded: () => this.setStatus('offline'),
      onError: options.onError,
    });
    this.socket = io(`${options.baseUrl ?? ''}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      autoConnect: false,
      auth: this.auth.handshake,
    });
    const { store } = options;
    this.socket.on('connect', () => {
      this.auth.connected();
      this.setStatus('live');
    });
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') {
        this.setStatus('offline');
        return;
      }
      this.setStatus('reconnecting');
      // The server ends a socket whose access token expired; socket.io leaves reconnecting after that to us.
      if (reason === 'io server disconnect') this.auth.recover();
    });
    this.socket.on('connect_error', (error) => {
      if (error.message === LIVE_UNAUTHENTICATED) {
        this.setStatus('reconnecting');
        this.auth.recover();
        return;
      }
      this.setStatus(this.socket.active ? 'reconnecting' : 'offline');
    });
    this.socket.on('fleet:snapshot', (snapshot) => store.applySnapshot(snapshot, this.now()));
    this.socket.on('fleet:vehicle', (vehicle) => store.applyVehicle(vehicle, this.now()));
    this.socket.on('alert:changed', (alert) => options.alerts?.applyChange(alert));
    this.socket.on('fleet:update', (payload: ArrayBuffer | ArrayBufferView) => {
      try {
        const before = store.unknownSlotRows;
        store.applyUpdate(decodeFleetUpdate(toArrayBuffer(payload)), this.now());
        if (store.unknownSlotRows > before) this.resync();
      } catch (error) {
        options.onError?.(error);
      }
    });
  }

  get status(): ConnectionStatus {
    return this.statusValue;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.socket.connect();
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
  }

  stop(): void {
    this.auth.stop();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    this.socket.disconnect();
    this.setStatus('offline');
  }

  /** Asks the server for a new snapshot, at most once every 5 s. */
  resync(): void {
    const t = this.now();
    if (!this.socket.connected || t - this.lastResyncMs < 5000) return;
    this.lastResyncMs = t;
    this.socket.emit('fleet:resync');
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      this.hiddenSinceMs = this.now();
      return;
    }
    const hiddenFor = this.hiddenSinceMs === null ? 0 : this.now() - this.hiddenSinceMs;
    this.hiddenSinceMs = null;
    if (hiddenFor > (this.options.resyncAfterHiddenMs ?? 30_000)) this.resync();
  };

  private setStatus(status: ConnectionStatus): void {
    if (status === this.statusValue) return;
    this.statusValue = status;
    for (const l of this.listeners) l();
  }
}
