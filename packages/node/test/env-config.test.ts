import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nango, NangoValidationError } from '../src/index.js';
import { startRecordingServer, type RecordingServer } from './helpers/recording-server.js';

let server: RecordingServer;

beforeAll(async () => {
  server = await startRecordingServer(() => ({ body: { data: [] } }));
});
afterAll(() => server.close());

describe('environment configuration', () => {
  it('reads NANGO_SECRET_KEY and NANGO_HOST when the options leave them out', async () => {
    const nango = new Nango({ env: { NANGO_SECRET_KEY: 'sk_from_env', NANGO_HOST: server.url } });
    await nango.integrations.list();
    const request = server.requests.at(-1);
    expect(request?.path).toBe('/integrations');
    expect(request?.headers.authorization).toBe('Bearer sk_from_env');
  });

  it('lets explicit options win over the environment', async () => {
    const nango = new Nango({ secretKey: 'sk_explicit', host: server.url, env: { NANGO_SECRET_KEY: 'sk_env', NANGO_HOST: 'http://127.0.0.1:9' } });
    await nango.integrations.list();
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer sk_explicit');
  });

  it('reads process.env by default', async () => {
    const saved = { key: process.env['NANGO_SECRET_KEY'], host: process.env['NANGO_HOST'] };
    process.env['NANGO_SECRET_KEY'] = 'sk_process';
    process.env['NANGO_HOST'] = server.url;
    try {
      await new Nango().integrations.list();
      expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer sk_process');
    } finally {
      if (saved.key === undefined) delete process.env['NANGO_SECRET_KEY'];
      else process.env['NANGO_SECRET_KEY'] = saved.key;
      if (saved.host === undefined) delete process.env['NANGO_HOST'];
      else process.env['NANGO_HOST'] = saved.host;
    }
  });

  it('throws a NangoValidationError naming the variable when no key is found', () => {
    let caught: unknown;
    try {
      new Nango({ env: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NangoValidationError);
    expect((caught as NangoValidationError).field).toBe('secretKey');
    expect((caught as Error).message).toContain('NANGO_SECRET_KEY');
  });

  it('ignores an empty NANGO_SECRET_KEY', () => {
    expect(() => new Nango({ env: { NANGO_SECRET_KEY: '  ' } })).toThrow(NangoValidationError);
  });

  it('sends the Node version in the user agent', async () => {
    const nango = new Nango({ secretKey: 'sk_ua', host: server.url, userAgent: 'my-app/1.0', env: {} });
    await nango.integrations.list();
    const ua = String(server.requests.at(-1)?.headers['user-agent']);
    expect(ua).toContain(`node/${process.version}`);
    expect(ua).toContain('my-app/1.0');
  });

  it('reuses one keep-alive socket for sequential requests', async () => {
    const before = server.connections();
    const nango = new Nango({ secretKey: 'sk_ka', host: server.url, env: {} });
    for (let i = 0; i < 5; i++) await nango.integrations.list();
    expect(server.connections() - before).toBeLessThanOrEqual(1);
  });
});

describe('withOptions', () => {
  it('returns a Node client that keeps the Node helpers and the other settings', async () => {
    const base = new Nango({ secretKey: 'sk_base', host: server.url, webhookSigningKey: 'whk', env: {} });
    const derived = base.withOptions({ timeout: 5000 });
    expect(derived).toBeInstanceOf(Nango);
    expect(typeof derived.connections.waitFor).toBe('function');
    await derived.integrations.list();
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer sk_base');
  });
});
