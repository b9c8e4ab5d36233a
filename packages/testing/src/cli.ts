import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import type { FakeSeed } from './fake/options.js';
import { startFakeNango } from './node/start-server.js';

const USAGE = 'usage: nango-fake [--port <n>] [--host <addr>] [--secret-key <key>] [--seed <file.json>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3003' },
      host: { type: 'string', default: '127.0.0.1' },
      'secret-key': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port '${values.port}'`);
  const seed = values.seed ? (JSON.parse(readFileSync(values.seed, 'utf8')) as FakeSeed) : undefined;
  const running = await startFakeNango({
    port,
    host: values.host,
    ...(values['secret-key'] ? { secretKey: values['secret-key'] } : {}),
    ...(seed ? { seed } : {}),
  });
  process.stdout.write(`listening on ${running.url}\n`);
  if (!values['secret-key']) process.stderr.write('no --secret-key given: a random secret key was generated\n');
  const stop = (): void => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`nango-fake: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
});
