/** Unique secret values planted in a test, and a scanner that reports where any of them leaked. */
import { inspect } from 'node:util';

const run = Math.random().toString(36).slice(2, 10);

export const canaries = {
  secretKey: `sk-canary-secret-key-${run}`,
  accessToken: `canary-access-token-${run}`,
  refreshToken: `canary-refresh-token-${run}`,
  sessionToken: `canary-session-token-${run}`,
  signingKey: `canary-signing-key-${run}`,
  clientSecret: `canary-client-secret-${run}`,
  password: `canary-password-${run}`,
  apiKey: `canary-api-key-${run}`,
} as const;

const values = Object.entries(canaries);

/** Every text form the SDK produces for a value: util.inspect, JSON (toJSON), String, and an error's message and stack. */
export function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 12, showHidden: false }), safeJson(value), String(value)];
  if (value instanceof Error) {
    out.push(value.message, value.stack ?? '');
  }
  return out;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `unserialisable: ${(error as Error).message}`;
  }
}

/** The names of the canaries found in any of the texts. */
export function leaks(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const [name, secret] of values) if (text.includes(secret)) found.add(name);
  return [...found].sort();
}

/** A logger that keeps every line with its details, rendered as text. */
export function capturingLogger(): { logger: Record<'error' | 'warn' | 'info' | 'debug', (m: string, d?: Record<string, unknown>) => void>; lines: string[] } {
  const lines: string[] = [];
  const sink = (level: string) => (message: string, details?: Record<string, unknown>) =>
    void lines.push(`${level} ${message} ${details === undefined ? '' : `${safeJson(details)} ${inspect(details, { depth: 12 })}`}`);
  return { logger: { error: sink('error'), warn: sink('warn'), info: sink('info'), debug: sink('debug') }, lines };
}
