import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('pnpm', ['exec', 'tsup'], { cwd: root, stdio: 'ignore' });
}, 120_000);

function start(args: string[]): Promise<{ url: string; stop: (signal: NodeJS.Signals) => Promise<number | null> }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (!match) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ url: match[1]!, stop: (signal) => (child.kill(signal), exited) });
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
}

describe('nango-fake CLI', () => {
  it('prints the URL first, serves requests and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nango-fake-'));
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ integrations: [{ uniqueKey: 'github', provider: 'github' }], environmentVariables: { A: 'b' } }));
    const { url, stop } = await start(['--port', '0', '--secret-key', 'cli-key', '--seed', seed]);
    const res = await fetch(`${url}/integrations`, { headers: { authorization: 'Bearer cli-key' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { unique_key: string }[] }).data.map((i) => i.unique_key)).toEqual(['github']);
    expect(await stop('SIGTERM')).toBe(0);
  });

  it('stops cleanly on SIGINT', async () => {
    const { url, stop } = await start(['--port', '0']);
    expect((await fetch(`${url}/integrations`)).status).toBe(401);
    expect(await stop('SIGINT')).toBe(0);
  });
});
