import { ApiError } from '@fleet/http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Per-key fixed-window limits (rate-limiter-flexible, in memory). With several api instances each keeps its own
 * count, so the effective limit is per instance; the Redis store of the same library is the drop-in for a shared one.
 */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly points: number,
    durationS: number,
    private readonly what: string,
  ) {
    this.limiter = new RateLimiterMemory({ points, duration: durationS });
  }

  /** Takes one point; throws 429 (with Retry-After) when the key has none left. */
  async take(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (error) {
      throw rateLimited(error, this.what);
    }
  }

  /** Throws 429 if the key is already out of points, without taking one (checked before a costly step). */
  async ensureAvailable(key: string): Promise<void> {
    const state = await this.limiter.get(key);
    if (state && state.remainingPoints <= 0) throw rateLimited(state, this.what);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

function rateLimited(error: unknown, what: string): unknown {
  if (!(error instanceof RateLimiterRes)) return error;
  const retryAfterS = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  return new ApiError('rate_limited', `too many ${what}; try again in ${retryAfterS} s`, { retryAfterS }, retryAfterS);
}
