/**
 * pnpm pack:smoke [--runtimes] [--keep]
 *
 * Proves the packed packages work for a consumer outside the workspace.
 * Inputs: the built packages (`pnpm build` first); the npm registry for their third-party dependencies; with
 *   --runtimes, Node 22, Deno and Bun from their npm packages (`npx -y node@22`, `npx -y deno`, `npx -y bun`).
 * Outputs: PASS/FAIL per step; exit 1 if any failed. Steps: `pnpm pack` of @nango-sdk/core, node, browser and
 *   testing into a temporary directory; a fresh consumer project in os.tmpdir() installing the four tarballs with npm;
 *   `tsc --noEmit` (the workspace's TypeScript) of a consumer file under moduleResolution NodeNext and Bundler; the
 *   scenario of lib/pack-smoke/scenario.ts run as ESM and as CJS on this Node, and with --runtimes as ESM on Node 22,
 *   Deno and Bun. `--keep` leaves the temporary directory on disk.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerTsconfig, cjsConsumer, esmConsumer, typescriptConsumer } from './lib/pack-smoke/scenario.ts';
import { run, Steps } from './lib/pack-smoke/steps.ts';

const ROOT = process.cwd();

/** Files that a package.json's main, module, types, bin and exports point to but that do not exist. */
function missingEntryFiles(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  for (const field of ['main', 'module', 'types', 'bin', 'exports']) collect(manifest[field]);
  return [...new Set(targets)].filter((target) => !target.includes('*') && !existsSync(join(packageDir, target)));
}
const PACKAGES = ['core', 'node', 'browser', 'testing'] as const;

function main(): number {
  const runtimes = process.argv.includes('--runtimes');
  const keep = process.argv.includes('--keep');
  const steps = new Steps();
  const missing = PACKAGES.flatMap((name) => missingEntryFiles(join(ROOT, 'packages', name)).map((file) => `packages/${name}/${file}`));
  if (missing.length > 0) {
    console.log(`FAIL files named by package.json are missing (${missing.join(', ')}): run \`pnpm build\` first`);
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'pack-smoke-'));
  try {
    const tarballs = join(work, 'tarballs');
    mkdirSync(tarballs);
    for (const name of PACKAGES) {
      steps.report(`pnpm pack @nango-sdk/${name}`, run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(ROOT, 'packages', name) }));
    }
    const files = readdirSync(tarballs).filter((file) => file.endsWith('.tgz'));
    if (files.length !== PACKAGES.length) {
      console.log(`FAIL expected ${PACKAGES.length} tarballs, found ${files.length}`);
      return 1;
    }

    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    const dependencies = Object.fromEntries(
      PACKAGES.map((name) => {
        const file = files.find((candidate) => candidate.startsWith(`nango-sdk-${name}-`));
        return [`@nango-sdk/${name}`, `file:${join(tarballs, file ?? '')}`];
      }),
    );
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'nango-sdk-consumer', private: true, type: 'module', dependencies }, null, 2)}\n`);
    writeFileSync(join(consumer, 'consumer.ts'), typescriptConsumer());
    writeFileSync(join(consumer, 'smoke.mjs'), esmConsumer());
    writeFileSync(join(consumer, 'smoke.cjs'), cjsConsumer());
    const typeRoots = join(ROOT, 'node_modules', '@types');
    writeFileSync(join(consumer, 'tsconfig.nodenext.json'), consumerTsconfig('NodeNext', typeRoots));
    writeFileSync(join(consumer, 'tsconfig.bundler.json'), consumerTsconfig('Bundler', typeRoots));

    const installed = steps.report(
      'npm install of the four tarballs in a fresh project',
      run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], { cwd: consumer }),
    );
    if (!installed) return 1;

    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const resolution of ['nodenext', 'bundler']) {
      steps.report(`type-check the consumer (moduleResolution ${resolution})`, run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`, '--pretty', 'false'], { cwd: consumer }));
    }
    const nodeVersion = process.versions.node;
    steps.report(`run as ESM on Node ${nodeVersion}`, run(process.execPath, ['smoke.mjs'], { cwd: consumer, timeoutMs: 120_000 }), true);
    steps.report(`run as CJS on Node ${nodeVersion}`, run(process.execPath, ['smoke.cjs'], { cwd: consumer, timeoutMs: 120_000 }), true);

    if (runtimes) {
      const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' };
      steps.report('run as ESM on Node 22', run('npx', ['-y', 'node@22', 'smoke.mjs'], { cwd: consumer, env, timeoutMs: 180_000 }), true);
      steps.report('run as CJS on Node 22', run('npx', ['-y', 'node@22', 'smoke.cjs'], { cwd: consumer, env, timeoutMs: 180_000 }), true);
      steps.report('run as ESM on Deno', run('npx', ['-y', 'deno', 'run', '--allow-all', 'smoke.mjs'], { cwd: consumer, env, timeoutMs: 180_000 }), true);
      steps.report('run as ESM on Bun', run('npx', ['-y', 'bun', 'smoke.mjs'], { cwd: consumer, env, timeoutMs: 180_000 }), true);
    }
  } finally {
    if (keep) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(steps.failures === 0 ? 'pack:smoke passed' : `pack:smoke failed (${steps.failures} step(s))`);
  return steps.failures === 0 ? 0 : 1;
}

process.exitCode = main();
