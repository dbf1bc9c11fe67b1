type Listener = () => void;

/** A store that says when it changed and counts its changes (FleetStore, AlertStore). */
export type VersionedSource = {
  subscribe(listener: Listener): () => void;
  readonly version: number;
};

/**
 * How often readouts that people read (counts, lists, detail panels) follow the live stores. A 1 Hz feed of
 * 20,000 vehicles changes every count every second; rendering antd components faster than people can read them
 * was most of the console's main-thread time. The map does not use this: it follows the store every frame.
 */
export const READOUT_INTERVAL_MS = 1000;

export type ThrottledSelectionOptions<T> = {
  /** Least time between two notifications; a readout lags its store by less than this. */
  intervalMs?: number;
  /** A newly selected value equal to the shown one keeps the shown reference (React then skips the render). */
  equals?: (a: T, b: T) => boolean;
};

/**
 * A value selected from a live store, for `useSyncExternalStore`, that notifies at most once per interval: the first
 * change after a quiet interval at once, the changes during an interval together when it ends. The snapshot is
 * selected again only when the store's version moved, so it keeps its reference between notifications.
 */
export class ThrottledSelection<S extends VersionedSource, T> {
  private value: T;
  private selectedAtVersion: number;
  private readonly listeners = new Set<Listener>();
  private unsubscribeSource: (() => void) | null = null;
  private cooldown: ReturnType<typeof setTimeout> | undefined;
  private changedDuringCooldown = false;
  private readonly intervalMs: number;
  private readonly equals: (a: T, b: T) => boolean;

  constructor(
    private readonly source: S,
    private readonly select: (source: S) => T,
    options: ThrottledSelectionOptions<T> = {},
  ) {
    this.intervalMs = options.intervalMs ?? READOUT_INTERVAL_MS;
    this.equals = options.equals ?? Object.is;
    this.value = select(source);
    this.selectedAtVersion = source.version;
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.unsubscribeSource = this.source.subscribe(this.onSourceChange);
      // A change between React's render and its subscribing is seen by the check React makes right after.
      this.refresh();
    }
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      this.unsubscribeSource?.();
      this.unsubscribeSource = null;
      clearTimeout(this.cooldown);
      this.cooldown = undefined;
      this.changedDuringCooldown = false;
    };
  };

  readonly getSnapshot = (): T => {
    // Nobody is notified while unwatched, so there is nothing to throttle: follow the store.
    if (this.listeners.size === 0) this.refresh();
    return this.value;
  };

  private readonly onSourceChange = (): void => {
    if (this.cooldown !== undefined) {
      this.changedDuringCooldown = true;
      return;
    }
    this.publish();
  };

  private publish(): void {
    this.cooldown = setTimeout(this.endCooldown, this.intervalMs);
    if (!this.refresh()) return;
    for (const listener of [...this.listeners]) listener();
  }

  private readonly endCooldown = (): void => {
    this.cooldown = undefined;
    if (!this.changedDuringCooldown) return;
    this.changedDuringCooldown = false;
    this.publish();
  };

  /** Selects again if the store changed since the last selection; true when the snapshot changed. */
  private refresh(): boolean {
    const version = this.source.version;
    if (version === this.selectedAtVersion) return false;
    this.selectedAtVersion = version;
    const next = this.select(this.source);
    if (this.equals(this.value, next)) return false;
    this.value = next;
    return true;
  }
}
