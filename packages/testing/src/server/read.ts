import { FakeApiError } from '../state/errors.js';
import type { HeaderReader } from './incoming.js';

/** Typed accessors for validated query values and bodies. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function strings(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return [value];
  return undefined;
}

/** A required string field, or a 400 with the given code and a one-issue `errors` list. */
export function requireString(value: unknown, path: string, code = 'invalid_body'): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new FakeApiError(400, code, undefined, { errors: [{ code: 'invalid_type', message: 'Required', path: [path] }] });
}

/** Reads a header case-insensitively. */
export function header(headers: HeaderReader, name: string): string | undefined {
  return headers.get(name) ?? undefined;
}
