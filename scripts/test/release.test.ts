import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dirname(fileURLToPath(import.meta.url)), encoding: 'utf8' }).trim();
const PACKAGES = ['core', 'node', 'browser', 'testing'] as const;

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}

const readJson = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

function bumpMinor(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}.0`;
}

/** A copy of the workspace's release configuration: root manifest, workspace list, changesets config, package manifests. */
function copyWorkspace(target: string): void {
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.npmrc', '.changeset/config.json']) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  for (const dir of [...PACKAGES.map((name) => `packages/${name}`), 'bench', 'scripts']) {
    if (!existsSync(join(root, dir, 'package.json'))) continue;
    mkdirSync(join(target, dir), { recursive: true });
    cpSync(join(root, dir, 'package.json'), join(target, dir, 'package.json'));
  }
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'), 'dir');
  // Link workspace dependencies as `pnpm install` would, so that `pnpm pack` can resolve `workspace:*`.
  for (const name of PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(target, 'packages', name, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const ranges = { ...manifest['dependencies'], ...manifest['devDependencies'] };
    for (const [dependency, range] of Object.entries(ranges)) {
      const local = /^@nango-sdk\/(core|node|browser|testing)$/.exec(dependency)?.[1];
      if (!range.startsWith('workspace:') || local === undefined) continue;
      mkdirSync(join(target, 'packages', name, 'node_modules', '@nango-sdk'), { recursive: true });
      symlinkSync(join(target, 'packages', local), join(target, 'packages', name, 'node_modules', dependency), 'dir');
    }
  }
}

describe('release dry run', () => {
  const work = mkdtempSync(join(tmpdir(), 'release-dry-run-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('changeset version bumps the four packages together, writes their changelogs, and packs coherent manifests', () => {
    copyWorkspace(work);
    const before = readJson(join(work, 'packages', 'core', 'package.json')).version;
    writeFileSync(
      join(work, '.changeset', 'release-dry-run.md'),
      '---\n"@nango-sdk/core": minor\n---\n\nRecords can be filtered by a new field.\n',
    );
    execFileSync(process.execPath, [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });

    const expected = bumpMinor(before);
    for (const name of PACKAGES) {
      const manifest = readJson(join(work, 'packages', name, 'package.json'));
      expect(manifest.version, `@nango-sdk/${name}`).toBe(expected);
      const changelog = readFileSync(join(work, 'packages', name, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${expected}`);
      if (name === 'core') expect(changelog).toContain('Records can be filtered by a new field.');
    }
    expect(existsSync(join(work, '.changeset', 'release-dry-run.md'))).toBe(false);

    const tarballs = join(work, 'tarballs');
    mkdirSync(tarballs);
    for (const name of PACKAGES) {
      execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(work, 'packages', name), encoding: 'utf8', stdio: 'pipe' });
      const packed = JSON.parse(
        execFileSync('tar', ['-xzOf', join(tarballs, `nango-sdk-${name}-${expected}.tgz`), 'package/package.json'], { encoding: 'utf8' }),
      ) as Manifest;
      expect(packed.version).toBe(expected);
      if (name !== 'core') expect(packed.dependencies?.['@nango-sdk/core']).toBe(expected);
    }
  });
});
