import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeNango } from '@nango-sdk/testing';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function runDemo(extraEnv: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('NANGO_')) delete env[name];
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/main.ts'], { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('pnpm demo', () => {
  it('walks through every step against the fake Nango and exits 0', async () => {
    const { code, output } = await runDemo();
    expect(output).toContain('against the fake Nango on 127.0.0.1');
    for (const title of [
      'Create an integration',
      'Import an existing connection',
      'Fetch it with GetConnectionsRequest (forceRefresh, refreshToken)',
      'Set and update metadata',
      'Create a connect session',
      'Stream 1,000 records with for await',
      'Trigger an action synchronously and asynchronously',
      'Proxy a request to a fake upstream API',
      'Receive and verify a signed webhook',
      'Show a typed error',
    ]) {
      expect(output).toContain(title);
    }
    expect(output).toContain('received 1000 records');
    expect(output).toContain('NangoNotFoundError');
    expect(output).toMatch(/Demo passed: 10 of 10 steps succeeded\./);
    expect(output).not.toContain('✗');
    // Secrets stay out of the narration.
    expect(output).not.toContain('demo-secret-key');
    expect(output).not.toContain('imported-refresh-token');
    expect(code, output).toBe(0);
  }, 60_000);
});

describe('pnpm demo with NANGO_SECRET_KEY and NANGO_HOST', () => {
  it('runs only the read-only steps against that Nango', async () => {
    const running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: 'read-only-demo-key' });
    try {
      running.fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
      running.fake.connections.add({ providerConfigKey: 'github', connectionId: 'existing-user', metadata: { plan: 'free' } });
      const before = running.fake.requests.length;
      const { code, output } = await runDemo({ NANGO_SECRET_KEY: 'read-only-demo-key', NANGO_HOST: running.url });
      expect(output).toContain(`read-only steps against ${running.url}`);
      expect(output).toContain('connection "existing-user"');
      expect(output).not.toContain('Create an integration');
      expect(output).toMatch(/Demo passed: 5 of 5 steps succeeded\./);
      expect(code, output).toBe(0);
      const methods = running.fake.requests.slice(before).map((request) => request.method);
      expect(methods.length).toBeGreaterThan(0);
      expect(methods.every((method) => method === 'GET')).toBe(true);
    } finally {
      await running.close();
    }
  }, 60_000);

  it('exits non-zero when a step fails', async () => {
    const running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: 'right-key' });
    try {
      const { code, output } = await runDemo({ NANGO_SECRET_KEY: 'wrong-key', NANGO_HOST: running.url });
      expect(output).toContain('NangoAuthenticationError');
      expect(output).toMatch(/Demo failed: \d+ of 5 steps failed/);
      expect(output).not.toContain('wrong-key');
      expect(code).toBe(1);
    } finally {
      await running.close();
    }
  }, 60_000);
});
