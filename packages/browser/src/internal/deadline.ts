import { AuthError } from '../errors.js';

/** Default limit of an auth flow: 5 minutes. */
export const DEFAULT_AUTH_TIMEOUT = 300_000;

/**
 * Calls `onEnd` once with `AuthError('timeout')` after `timeout` ms or `AuthError('aborted')` when `signal` aborts.
 * Returns a function that cancels both.
 */
export function watchDeadline(timeout: number | undefined, signal: AbortSignal | undefined, onEnd: (error: AuthError) => void): () => void {
  const ms = timeout ?? DEFAULT_AUTH_TIMEOUT;
  const timer = setTimeout(() => onEnd(new AuthError('timeout', `The authorization did not finish within ${ms} ms.`)), ms);
  const onAbort = (): void => onEnd(new AuthError('aborted', 'The authorization was aborted.'));
  signal?.addEventListener('abort', onAbort, { once: true });
  return () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
}
