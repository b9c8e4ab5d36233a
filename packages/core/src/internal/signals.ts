/** A signal that aborts when the caller aborts or the attempt times out. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** True once the timeout (not the caller) fired. */
  timedOut(): boolean;
  /** Clears the timer and listeners. */
  dispose(): void;
}

/** Combines the caller's signal with a per-attempt timeout (setTimeout-based, so fake timers drive it). */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const timeoutController = new AbortController();
  let fired = false;
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          fired = true;
          timeoutController.abort(new DOMException('The operation timed out.', 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  if (!caller) {
    return { signal: timeoutController.signal, timedOut: () => fired, dispose: () => clearTimeout(timer) };
  }
  const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (typeof any === 'function') {
    return { signal: any.call(AbortSignal, [caller, timeoutController.signal]), timedOut: () => fired && !caller.aborted, dispose: () => clearTimeout(timer) };
  }
  const combined = new AbortController();
  const onCallerAbort = (): void => combined.abort(caller.reason);
  const onTimeout = (): void => combined.abort(timeoutController.signal.reason);
  if (caller.aborted) combined.abort(caller.reason);
  caller.addEventListener('abort', onCallerAbort, { once: true });
  timeoutController.signal.addEventListener('abort', onTimeout, { once: true });
  return {
    signal: combined.signal,
    timedOut: () => fired && !caller.aborted,
    dispose: () => {
      clearTimeout(timer);
      caller.removeEventListener('abort', onCallerAbort);
      timeoutController.signal.removeEventListener('abort', onTimeout);
    },
  };
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
