/** A signal that aborts when the caller aborts or the attempt times out. */
export interface AttemptSignal {
  /** Undefined when nothing can abort the attempt (no caller signal, timeout disabled). */
  readonly signal: AbortSignal | undefined;
  /** True once the timeout (not the caller) fired. */
  timedOut(): boolean;
  /** Clears the timer and listeners; safe to call more than once. */
  dispose(): void;
}

function onTimeout(attempt: Attempt): void {
  attempt.fired = true;
  attempt.controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
}

/** One controller and at most one timer per attempt; the caller's signal is forwarded by a listener. */
class Attempt implements AttemptSignal {
  readonly controller = new AbortController();
  fired = false;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #onCallerAbort: (() => void) | undefined;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#timer = Number.isFinite(timeoutMs) && timeoutMs > 0 ? setTimeout(onTimeout, timeoutMs, this) : undefined;
    this.#caller = caller;
    if (caller !== undefined) {
      const controller = this.controller;
      this.#onCallerAbort = () => controller.abort(caller.reason);
      if (caller.aborted) controller.abort(caller.reason);
      else caller.addEventListener('abort', this.#onCallerAbort, { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  timedOut(): boolean {
    return this.fired && !(this.#caller?.aborted ?? false);
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    if (this.#onCallerAbort !== undefined) this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }
}

/** The attempt of a call that nothing can abort: no controller, no timer. */
const UNABORTABLE: AttemptSignal = {
  signal: undefined,
  timedOut: () => false,
  dispose: () => undefined,
};

/**
 * Combines the caller's signal with a per-attempt timeout (setTimeout-based, so fake timers drive it).
 * When `optional`, and there is no caller signal and the timeout is disabled (0 or Infinity), no controller is created.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number, optional = false): AttemptSignal {
  if (optional && caller === undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) return UNABORTABLE;
  return new Attempt(caller, timeoutMs);
}

/** Waits `ms` milliseconds; rejects with the signal's reason when it aborts first. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
