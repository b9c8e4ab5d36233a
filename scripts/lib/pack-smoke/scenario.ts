/**
 * The consumer program run against the packed packages: one scenario rendered as TypeScript (type-checked only),
 * as an ES module and as a CommonJS script.
 * Inputs: none. Outputs: file contents for the consumer project.
 *
 * The scenario starts the fake Nango from @nango-sdk/testing on 127.0.0.1, creates a connection, reads it back with a
 * typed GetConnectionsRequest, streams 250 records over three pages, and verifies a signed webhook delivered by the
 * fake (and rejects a tampered copy), then closes the fake. It prints `ok <step>` per step and throws on the first
 * failure; a runtime that never gets past a step shows which one by the last `ok` line.
 */

const BODY = `
const check = (name, ok) => {
  if (!ok) throw new Error('step failed: ' + name);
  console.log('  ok ' + name);
};
const secretKey = 'pack-smoke-secret-key';
const webhookSigningKey = 'pack-smoke-signing-key';
const server = await startFakeNango({
  host: '127.0.0.1',
  port: 0,
  secretKey,
  webhookSigningKey,
  seed: { integrations: [{ uniqueKey: 'github', provider: 'github' }] },
});
try {
  const nango = new Nango({ secretKey, host: server.url });
  await nango.connections.create({
    body: { provider_config_key: 'github', connection_id: 'smoke-1', credentials: { type: 'OAUTH2', access_token: 'pack-smoke-access' } },
  });
  check('create a connection', server.fake.connections.get('github', 'smoke-1') !== undefined);

  const request__REQUEST_TYPE__ = { connectionId: 'smoke-1', providerConfigKey: 'github', forceRefresh: false, refreshToken: false };
  const connection = await nango.connections.get(request);
  check('read it with GetConnectionsRequest', connection.connection_id === 'smoke-1' && connection.provider_config_key === 'github');

  const records = Array.from({ length: 250 }, (_, index) => ({ id: 'record-' + index, title: 'Record ' + index }));
  server.fake.records.add({ providerConfigKey: 'github', connectionId: 'smoke-1', model: 'Issue', records });
  const seen = new Set();
  for await (const record of nango.records.list({ model: 'Issue', connectionId: 'smoke-1', providerConfigKey: 'github', limit: 100 })) {
    seen.add(record.id);
  }
  check('stream 250 records', seen.size === 250);

  const deliveries = [];
  server.fake.webhooks.configure({ handler: (delivery) => { deliveries.push(delivery); } });
  await server.fake.webhooks.send({
    type: 'auth', operation: 'creation', success: true, connectionId: 'smoke-1', providerConfigKey: 'github',
    provider: 'github', environment: 'dev', authMode: 'OAUTH2',
  });
  await server.fake.webhooks.flush();
  const delivery = deliveries[0];
  if (delivery === undefined) throw new Error('step failed: the fake sent no webhook');
  const event = await verifyWebhook(delivery.body, delivery.headers, { signingKeys: webhookSigningKey });
  let tamperedRejected = false;
  try {
    await verifyWebhook(delivery.body.replace('smoke-1', 'smoke-2'), delivery.headers, { signingKeys: webhookSigningKey });
  } catch (error) {
    tamperedRejected = error instanceof NangoWebhookVerificationError;
  }
  check('verify a webhook', event.type === 'auth' && tamperedRejected);

  check('load the browser package', typeof NangoBrowser === 'function');
} finally {
  await server.close();
}
console.log('  ok close the fake server');
`;

/** The ES module consumer (`smoke.mjs`). */
export function esmConsumer(): string {
  return [
    "import { Nango } from '@nango-sdk/node';",
    "import { NangoWebhookVerificationError, verifyWebhook } from '@nango-sdk/core';",
    "import { NangoBrowser } from '@nango-sdk/browser';",
    "import { startFakeNango } from '@nango-sdk/testing';",
    BODY.replace('__REQUEST_TYPE__', ''),
  ].join('\n');
}

/** The CommonJS consumer (`smoke.cjs`). */
export function cjsConsumer(): string {
  return [
    "'use strict';",
    "const { Nango } = require('@nango-sdk/node');",
    "const { NangoWebhookVerificationError, verifyWebhook } = require('@nango-sdk/core');",
    "const { NangoBrowser } = require('@nango-sdk/browser');",
    "const { startFakeNango } = require('@nango-sdk/testing');",
    '(async () => {',
    BODY.replace('__REQUEST_TYPE__', ''),
    '})().catch((error) => {',
    '  console.error(error instanceof Error ? error.message : String(error));',
    '  process.exitCode = 1;',
    '});',
  ].join('\n');
}

/** The TypeScript consumer (`consumer.ts`), type-checked under NodeNext and Bundler resolution. */
export function typescriptConsumer(): string {
  return [
    "import { Nango } from '@nango-sdk/node';",
    "import { NangoWebhookVerificationError, verifyWebhook, type GetConnectionsRequest, type NangoWebhookEvent } from '@nango-sdk/core';",
    "import { NangoBrowser } from '@nango-sdk/browser';",
    "import { startFakeNango } from '@nango-sdk/testing';",
    '',
    'export async function run(): Promise<void> {',
    BODY.replace('__REQUEST_TYPE__', ': GetConnectionsRequest')
      .replace('const deliveries = [];', 'const deliveries: { body: string; headers: Record<string, string> }[] = [];')
      .replace('const seen = new Set();', 'const seen = new Set<unknown>();')
      .replace('const check = (name, ok) =>', 'const check = (name: string, ok: boolean): void =>')
      .replace('const event = await', 'const event: NangoWebhookEvent = await'),
    '}',
  ].join('\n');
}

/** A tsconfig for the TypeScript consumer under one module resolution mode. */
export function consumerTsconfig(resolution: 'NodeNext' | 'Bundler', typeRoots: string): string {
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
    moduleResolution: resolution,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: false,
    typeRoots: [typeRoots],
    types: ['node'],
  };
  return `${JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2)}\n`;
}
