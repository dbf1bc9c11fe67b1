export type HealthCheck = () => Promise<boolean> | boolean;

/** Modules register what "healthy" means for them; `/health` asks all of them. */
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  async report(): Promise<{ ok: boolean; checks: Record<string, boolean> }> {
    const checks: Record<string, boolean> = {};
    for (const [name, check] of this.checks) {
      checks[name] = await Promise.resolve()
        .then(check)
        .catch(() => false);
    }
    return { ok: Object.values(checks).every(Boolean), checks };
  }
}
