import { expect } from 'vitest';

import { createFakeNango, type FakeNango, type FakeNangoOptions } from '../src/index.js';

export const SECRET = 'test-secret-key';
export const BASE = 'http://localhost:3003';

/** A fake with response validation on, seeded with one OAuth2 and one API-key integration. */
export function makeFake(options: FakeNangoOptions = {}): FakeNango {
  const fake = createFakeNango({ secretKey: SECRET, validateResponses: true, ...options });
  fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
  fake.integrations.add({ uniqueKey: 'openai', provider: 'openai' });
  return fake;
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** Bearer token; `null` sends no Authorization header. */
  token?: string | null;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** Sends one request to the fake's handler. */
export async function call(fake: FakeNango, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const token = options.token === undefined ? SECRET : options.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fake.handle(new Request(`${BASE}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) }));
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Headers naming a connection for /records, /action and /proxy. */
export function conn(connectionId: string, providerConfigKey = 'github'): Record<string, string> {
  return { 'connection-id': connectionId, 'provider-config-key': providerConfigKey };
}

/** Asserts the fake sent no response that violates the spec. */
export function expectNoViolations(fake: FakeNango): void {
  expect(fake.violations).toEqual([]);
}
