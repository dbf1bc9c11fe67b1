/**
 * The set of registered vehicle ids, refreshed on a timer and, at most once a second, when an unknown id
 * shows up (so a newly registered vehicle is accepted within a second, and a flood of unknown ids costs
 * one query a second).
 */
export class KnownVehicles {
  private ids = new Set<string>();
  private lastRefresh = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly loadIds: () => Promise<string[]>,
    private readonly onRefreshFailed: (error: unknown) => void,
    private readonly minRefreshIntervalMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Answers from the last good list when the registry cannot be read, so a database outage never drops messages. */
  async has(id: string): Promise<boolean> {
    if (this.ids.has(id)) return true;
    // A refresh under way may be the one that brings this vehicle in (it was just registered): wait for it.
    if (this.refreshing) await this.refreshing.catch(() => undefined);
    else if (this.now() - this.lastRefresh >= this.minRefreshIntervalMs)
      await this.refresh().catch(this.onRefreshFailed);
    return this.ids.has(id);
  }

  /** The ids as of the last good refresh. */
  get all(): ReadonlySet<string> {
    return this.ids;
  }

  refresh(): Promise<void> {
    this.refreshing ??= this.loadIds()
      .then((ids) => {
        this.ids = new Set(ids);
      })
      .finally(() => {
        this.lastRefresh = this.now();
        this.refreshing = undefined;
      });
    return this.refreshing;
  }
}
