import type { LogLevel, Logger } from '../logger.js';
import { redactText, redactValue } from './redact.js';

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** A level-filtered, redacting view of the configured logger. */
export interface LevelLogger {
  enabled(level: Exclude<LogLevel, 'off'>): boolean;
  log(level: Exclude<LogLevel, 'off'>, message: string, details?: Record<string, unknown>): void;
}

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK;
}

/** Reads `NANGO_LOG` where an environment exists (Node, Bun, Deno with `process`). */
function levelFromEnvironment(): LogLevel | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const raw = env?.['NANGO_LOG']?.toLowerCase();
  return isLogLevel(raw) ? raw : undefined;
}

/** Builds the logger used by the transport: explicit level, then `NANGO_LOG`, then `warn`. */
export function createLevelLogger(logger: Logger | undefined, level: LogLevel | undefined): LevelLogger {
  const sink: Logger = logger ?? console;
  const threshold = RANK[level ?? levelFromEnvironment() ?? 'warn'];
  return {
    enabled: (at) => RANK[at] <= threshold,
    log(at, message, details) {
      if (RANK[at] > threshold) return;
      const safeMessage = redactText(message);
      if (details === undefined) sink[at](safeMessage);
      else sink[at](safeMessage, redactValue(details) as Record<string, unknown>);
    },
  };
}
