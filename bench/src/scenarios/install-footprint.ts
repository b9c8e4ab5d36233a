/**
 * Install footprint: each of our packages is packed with `pnpm pack` and installed from the tarball into an empty
 * directory with `npm install --ignore-scripts` (our internal dependencies are installed from their tarballs too,
 * since they are not published); the official clients are installed from the registry the same way.
 * Counts every package under node_modules (the installed package included) and the bytes on disk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../spawn.js';
import { round } from '../stats.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';

const ours = ['core', 'node', 'browser', 'testing'] as const;
const internalDeps: Record<(typeof ours)[number], readonly (typeof ours)[number][]> = { core: [], node: ['core'], browser: ['core'], testing: ['core'] };
const peers = ['@nangohq/node@0.71.10', '@nangohq/frontend@0.71.10', 'openapi-fetch@0.17.0'] as const;

interface Footprint {
  readonly packages: number;
  readonly bytes: number;
  readonly tarballBytes?: number;
}

function sh(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout;
}

function diskBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += diskBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

function install(specs: string[]): Footprint {
  const dir = mkdtempSync(join(tmpdir(), 'nango-footprint-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"name":"footprint","version":"0.0.0","private":true}');
    sh('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...specs], dir);
    const lock = JSON.parse(readFileSync(join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const packages = Object.keys(lock.packages).filter((k) => k.startsWith('node_modules/')).length;
    return { packages, bytes: diskBytes(join(dir, 'node_modules')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function installFootprint(options: { log: (line: string) => void }): Section {
  const packDir = mkdtempSync(join(tmpdir(), 'nango-pack-'));
  const rows: Cell[][] = [];
  const targets: TargetCheck[] = [];
  const tarballs = new Map<string, string>();
  const packErrors = new Map<string, string>();
  try {
    for (const name of ours) {
      const pkgDir = join(repoRoot, 'packages', name);
      try {
        if (!existsSync(join(pkgDir, 'dist'))) throw new Error(`packages/${name}/dist is missing (run pnpm build)`);
        const before = new Set(readdirSync(packDir));
        sh('pnpm', ['pack', '--pack-destination', packDir], pkgDir);
        const file = readdirSync(packDir).find((f) => !before.has(f) && f.endsWith('.tgz'));
        if (!file) throw new Error('pnpm pack wrote no tarball');
        tarballs.set(name, join(packDir, file));
      } catch (error) {
        packErrors.set(name, (error as Error).message);
      }
    }
    for (const name of ours) {
      const label = `@nango-sdk/${name} (packed)`;
      const needed = [name, ...internalDeps[name]];
      const missing = needed.find((n) => !tarballs.has(n));
      if (missing) {
        rows.push([label, null, null, null, `not measured: ${packErrors.get(missing) ?? 'no tarball'}`]);
        if (name === 'node') targets.push(notMeasured('npm install of packed @nango-sdk/node: packages', '≤ 5', packErrors.get(missing) ?? 'no tarball'));
        continue;
      }
      try {
        const f = install(needed.map((n) => tarballs.get(n)!));
        const tgz = statSync(tarballs.get(name)!).size;
        rows.push([label, f.packages, round(f.bytes / 1024, 1), round(tgz / 1024, 1), '']);
        if (name === 'node') targets.push(check('npm install of packed @nango-sdk/node: packages', f.packages, 5, String(f.packages), '≤ 5'));
      } catch (error) {
        rows.push([label, null, null, null, `not measured: ${(error as Error).message.slice(0, 200)}`]);
        if (name === 'node') targets.push(notMeasured('npm install of packed @nango-sdk/node: packages', '≤ 5', (error as Error).message.slice(0, 200)));
      }
      options.log(`  footprint ${label} done`);
    }
    for (const spec of peers) {
      try {
        const f = install([spec]);
        rows.push([spec, f.packages, round(f.bytes / 1024, 1), null, 'from the npm registry']);
      } catch (error) {
        rows.push([spec, null, null, null, `not measured: ${(error as Error).message.slice(0, 200)}`]);
      }
      options.log(`  footprint ${spec} done`);
    }
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
  return {
    id: 'install-footprint',
    title: 'Install footprint',
    description:
      'Each package is packed with `pnpm pack` and installed from the tarball into an empty directory with `npm install --ignore-scripts` ' +
      '(with the tarballs of the internal packages it depends on, which are not published). Packages = every entry under node_modules, the package itself included; ' +
      'size = bytes of all files under node_modules.',
    columns: ['install', 'packages', 'node_modules KiB', 'tarball KiB', 'note'],
    rows,
    targets,
    notes: [],
  };
}
