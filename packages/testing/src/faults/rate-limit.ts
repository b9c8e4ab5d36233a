/** Snapshot of the rate-limit counters, sent as `X-RateLimit-*` headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  limited: boolean;
}

/** A fixed-window rate limiter like the server's (per minute). */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  #windowStart = 0;
  #used = 0;
  readonly #now: () => number;

  constructor(now: () => number, limit = 1000, windowMs = 60_000) {
    this.#now = now;
    this.limit = limit;
    this.windowMs = windowMs;
  }

  consume(): RateLimitState {
    this.#roll();
    const limited = this.#used >= this.limit;
    if (!limited) this.#used++;
    return this.snapshot(limited);
  }

  snapshot(limited = false): RateLimitState {
    this.#roll();
    const resetMs = this.#windowStart + this.windowMs - this.#now();
    return { limit: this.limit, remaining: Math.max(0, this.limit - this.#used), resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)), limited };
  }

  /** Uses up the current window, so requests get 429 until it resets. */
  exhaust(): void {
    this.#roll();
    this.#used = this.limit;
  }

  reset(): void {
    this.#windowStart = this.#now();
    this.#used = 0;
  }

  #roll(): void {
    const now = this.#now();
    if (now - this.#windowStart >= this.windowMs) {
      this.#windowStart = now;
      this.#used = 0;
    }
  }
}
