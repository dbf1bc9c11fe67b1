/** Playback speeds offered, as multiples of real time. */
export const REPLAY_SPEEDS = [1, 2, 4, 8, 16, 32] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/**
 * One clock for every vehicle of a replay. It stores an anchor (wall time, replay time) rather than ticking, so
 * the replay time is computed on demand by each animation frame and nothing runs while paused. `wallNow` is
 * injected (performance.now in the browser, a counter in tests). Listeners hear play / pause / speed / seek, not
 * the passing of time.
 */
export class ReplayClock {
  private anchorWallMs: number;
  private anchorTimeMs: number;
  private playingNow = false;
  private speedNow: ReplaySpeed = 1;
  private readonly listeners = new Set<() => void>();
  /** Bumped on each change listeners hear (React subscribes to it). */
  version = 0;

  constructor(
    readonly fromMs: number,
    readonly toMs: number,
    private readonly wallNow: () => number,
    startMs = fromMs,
  ) {
    if (!(fromMs < toMs)) throw new RangeError('a replay needs from < to');
    this.anchorWallMs = wallNow();
    this.anchorTimeMs = this.clamp(startMs);
  }

  get playing(): boolean {
    return this.playingNow;
  }

  get speed(): ReplaySpeed {
    return this.speedNow;
  }

  /** The replay time now; reaching the end pauses there. */
  now(): number {
    if (!this.playingNow) return this.anchorTimeMs;
    const t = this.anchorTimeMs + (this.wallNow() - this.anchorWallMs) * this.speedNow;
    if (t >= this.toMs) {
      this.anchor(this.toMs);
      this.playingNow = false;
      this.changed();
      return this.toMs;
    }
    return t;
  }

  /** Starts (from the beginning again when at the end). */
  play(): void {
    if (this.playingNow) return;
    this.anchor(this.anchorTimeMs >= this.toMs ? this.fromMs : this.anchorTimeMs);
    this.playingNow = true;
    this.changed();
  }

  pause(): void {
    if (!this.playingNow) return;
    this.anchor(this.now());
    this.playingNow = false;
    this.changed();
  }

  toggle(): void {
    if (this.playingNow) this.pause();
    else this.play();
  }

  setSpeed(speed: ReplaySpeed): void {
    if (speed === this.speedNow) return;
    // Re-anchor first, so the time reached so far is kept and only what follows runs at the new speed.
    this.anchor(this.now());
    this.speedNow = speed;
    this.changed();
  }

  /** Jumps to `t` (clamped to the range), playing on if it was playing. */
  seek(t: number): void {
    this.anchor(this.clamp(t));
    this.changed();
  }

  /** Fraction 0–1 of the range covered at `t`. */
  fraction(t: number): number {
    return (this.clamp(t) - this.fromMs) / (this.toMs - this.fromMs);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private anchor(t: number): void {
    this.anchorWallMs = this.wallNow();
    this.anchorTimeMs = t;
  }

  private clamp(t: number): number {
    return Math.min(this.toMs, Math.max(this.fromMs, t));
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
