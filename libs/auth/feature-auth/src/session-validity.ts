/**
 * Whether a session is still active, asked on every authenticated request. Answers are cached for a few seconds,
 * so a burst of requests costs one query, and a logout elsewhere takes effect within `ttlMs`.
 */
export class SessionValidity {
  private readonly cache = new Map<string, { active: boolean; checkedAtMs: number }>();

  constructor(
    private readonly isActive: (sessionId: string) => Promise<boolean>,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 50_000,
  ) {}

  async check(sessionId: string, nowMs = Date.now()): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached && nowMs - cached.checkedAtMs < this.ttlMs) return cached.active;
    const active = await this.isActive(sessionId);
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(sessionId, { active, checkedAtMs: nowMs });
    return active;
  }

  /** This instance revoked the session: stop honouring it at once rather than after the cache expires. */
  forget(sessionId: string): void {
    this.cache.set(sessionId, { active: false, checkedAtMs: Number.POSITIVE_INFINITY });
  }
}
