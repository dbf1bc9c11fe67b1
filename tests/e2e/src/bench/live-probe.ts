import type { AlertView } from '@fleet/alerts-model';
import { decodeFleetUpdate, type FleetSnapshot } from '@fleet/live-events';
import { io, type Socket } from 'socket.io-client';
import { LatencyRecorder } from './latency-recorder.js';

/**
 * A regulator's console without the browser: a socket.io client that measures, for every vehicle row pushed,
 * the time from the sample's own timestamp (set by the load generator when it published) to its arrival.
 */
export class LiveProbe {
  readonly toConsole = new LatencyRecorder();
  private readonly alertWaiters: { vehicleId: string; afterMs: number; resolve: (atMs: number) => void }[] = [];
  private socket: Socket | undefined;
  private snapshotVehicles = 0;
  rowsReceived = 0;

  constructor(
    private readonly httpUrl: string,
    private readonly token: () => Promise<string>,
  ) {}

  async connect(): Promise<number> {
    this.socket?.close();
    const socket = io(`${this.httpUrl}/live`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: true,
      auth: (send) => void this.token().then((token) => send({ token })),
    });
    this.socket = socket;
    socket.on('fleet:update', (frame: Uint8Array) => {
      const nowMs = Date.now();
      const update = decodeFleetUpdate(frame);
      for (let i = 0; i < update.timeMs.length; i++) {
        const t = update.timeMs[i] ?? 0;
        // Rows whose sample time did not change (status only) say nothing about the pipeline's delay.
        if (t > 0) this.toConsole.add(nowMs - t);
      }
      this.rowsReceived += update.timeMs.length;
    });
    socket.on('alert:changed', (alert: AlertView) => {
      const nowMs = Date.now();
      for (let i = this.alertWaiters.length - 1; i >= 0; i--) {
        const w = this.alertWaiters[i];
        if (w && w.vehicleId === alert.vehicleId && Date.parse(alert.lastRaisedAt) >= w.afterMs - 1_000) {
          this.alertWaiters.splice(i, 1);
          w.resolve(nowMs);
        }
      }
    });
    const snapshot = await new Promise<FleetSnapshot>((resolve) => socket.once('fleet:snapshot', resolve));
    this.snapshotVehicles = snapshot.vehicles.length;
    return this.snapshotVehicles;
  }

  /** Resolves with the arrival time of the next alert pushed for the vehicle raised at or after `afterMs`. */
  nextAlert(vehicleId: string, afterMs: number, timeoutMs: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      this.alertWaiters.push({
        vehicleId,
        afterMs,
        resolve: (atMs) => {
          clearTimeout(timer);
          resolve(atMs);
        },
      });
    });
  }

  close(): void {
    this.socket?.close();
  }
}
