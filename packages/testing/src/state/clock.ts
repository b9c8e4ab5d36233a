/** A controllable clock: real time plus an offset that tests can advance. */
export class Clock {
  #offsetMs = 0;
  #isoMs = Number.NaN;
  #isoText = '';

  /** Current time in milliseconds since the epoch. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Current time as an ISO 8601 string. */
  iso(): string {
    const now = this.now();
    // Many requests land in the same millisecond; formatting a date is the costly part.
    if (now !== this.#isoMs) {
      this.#isoText = new Date(now).toISOString();
      this.#isoMs = now;
    }
    return this.#isoText;
  }

  /** Moves the fake's time forward (session expiry, token expiry, signing-key windows). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}
