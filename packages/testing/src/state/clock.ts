/** A controllable clock: real time plus an offset that tests can advance. */
export class Clock {
  #offsetMs = 0;

  /** Current time in milliseconds since the epoch. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Current time as an ISO 8601 string. */
  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves the fake's time forward (session expiry, token expiry, signing-key windows). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}
