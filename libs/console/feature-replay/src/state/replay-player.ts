import type { ReplayData } from '../types/replay-data.js';
import type { TrackSample } from '../types/track-sample.js';
import { emptySample, neighbourSampleTime, sampleTrack } from '../utils/interpolate-track.js';
import { ReplayClock, type ReplaySpeed } from '../utils/replay-clock.js';

type FrameListener = (timeMs: number) => void;

/** Step used when no vehicle has a sample further on. */
const FALLBACK_STEP_MS = 1_000;

/**
 * Drives a replay outside React: one animation-frame loop (only while playing, plus one frame after each
 * seek / step) reads the clock, interpolates every vehicle into `samples` and tells the frame listeners (map
 * layer, time cursors, readouts), which write straight to deck.gl and the DOM.
 */
export class ReplayPlayer {
  readonly clock: ReplayClock;
  /** Each vehicle's state at the last frame, index = `data.vehicles` index. */
  readonly samples: TrackSample[];
  /** The replay time of the last frame. */
  timeMs: number;
  frames = 0;
  /** The vehicle the camera follows and the charts show (null: free camera, charts of the first vehicle). */
  followId: string | null;
  private readonly frameListeners = new Set<FrameListener>();
  private readonly followListeners = new Set<() => void>();
  private raf = 0;
  private unsubscribeClock: (() => void) | null = null;

  constructor(
    readonly data: ReplayData,
    startMs: number | null,
    private readonly requestFrame: (cb: () => void) => number = (cb) => requestAnimationFrame(cb),
    private readonly cancelFrame: (id: number) => void = (id) => cancelAnimationFrame(id),
    wallNow: () => number = () => performance.now(),
  ) {
    this.clock = new ReplayClock(data.fromMs, data.toMs, wallNow, startMs ?? data.fromMs);
    this.samples = data.vehicles.map(() => emptySample());
    this.timeMs = this.clock.now();
    this.followId = data.vehicles.length === 1 ? (data.vehicles[0]?.id ?? null) : null;
  }

  start(): void {
    if (this.unsubscribeClock) return;
    this.unsubscribeClock = this.clock.subscribe(() => this.kick());
    this.kick();
  }

  stop(): void {
    this.unsubscribeClock?.();
    this.unsubscribeClock = null;
    if (this.raf !== 0) this.cancelFrame(this.raf);
    this.raf = 0;
  }

  /** Listens to every frame (called at once with the current time); returns the unsubscriber. */
  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    listener(this.timeMs);
    return () => this.frameListeners.delete(listener);
  }

  onFollowChange(listener: () => void): () => void {
    this.followListeners.add(listener);
    return () => this.followListeners.delete(listener);
  }

  follow(vehicleId: string | null): void {
    this.followId = vehicleId;
    for (const listener of this.followListeners) listener();
    this.kick();
  }

  /** The vehicle the charts show: the followed one, else the first. */
  get focusIndex(): number {
    const i = this.data.vehicles.findIndex((v) => v.id === this.followId);
    return i < 0 ? 0 : i;
  }

  play(): void {
    this.clock.play();
  }

  pause(): void {
    this.clock.pause();
  }

  toggle(): void {
    this.clock.toggle();
  }

  setSpeed(speed: ReplaySpeed): void {
    this.clock.setSpeed(speed);
  }

  seek(timeMs: number): void {
    this.clock.seek(timeMs);
  }

  /** Pauses and moves to the next / previous sample of any vehicle. */
  step(dir: 1 | -1): void {
    this.clock.pause();
    const t = this.clock.now();
    const tracks = this.data.vehicles.map((v) => v.track);
    this.clock.seek(neighbourSampleTime(tracks, t, dir) ?? t + dir * FALLBACK_STEP_MS);
  }

  /** Runs one frame now (tests, and layers mounted while paused). */
  renderNow(): void {
    this.frame();
  }

  private kick(): void {
    if (this.raf !== 0) return;
    this.raf = this.requestFrame(() => {
      this.raf = 0;
      this.frame();
    });
  }

  private frame(): void {
    const t = this.clock.now();
    this.timeMs = t;
    this.data.vehicles.forEach((v, i) => {
      const out = this.samples[i];
      if (out) sampleTrack(v.track, t, out);
    });
    this.frames++;
    for (const listener of this.frameListeners) listener(t);
    if (this.clock.playing) this.kick();
  }
}
