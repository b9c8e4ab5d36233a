/**
 * `pnpm demo`: a narrated walkthrough of @nango-sdk/node.
 *
 * Without configuration it starts the fake Nango from @nango-sdk/testing on 127.0.0.1 and runs every step
 * (no network, no credentials). With NANGO_SECRET_KEY and NANGO_HOST set it runs only the read-only steps
 * against that Nango. The exit code is 1 when any step fails.
 */
import { Nango } from '../src/index.js';
import { startFakeWorld } from './fake-world.js';
import { Narrator } from './narrator.js';
import { runFullDemo } from './steps-full.js';
import { runReadOnlyDemo } from './steps-read-only.js';

async function main(): Promise<number> {
  const narrator = new Narrator();
  const live = Boolean(process.env['NANGO_SECRET_KEY'] && process.env['NANGO_HOST']);
  if (live) {
    console.log(`@nango-sdk/node demo: read-only steps against ${process.env['NANGO_HOST']}`);
    await runReadOnlyDemo(narrator, new Nango());
    return narrator.summary();
  }
  console.log('@nango-sdk/node demo: full walkthrough against the fake Nango on 127.0.0.1 (no network, no credentials)');
  const world = await startFakeWorld();
  console.log(`Fake Nango listening at ${world.url}; fake upstream API at ${world.upstream.url}; webhook receiver at ${world.receiver.url}`);
  try {
    await runFullDemo(narrator, world);
  } finally {
    await world.close();
  }
  return narrator.summary();
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Demo crashed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
