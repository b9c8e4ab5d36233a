/**
 * Browser bundle sizes: esbuild (bundle, minify, ESM, browser platform) of small entry files, then gzip (level 9).
 * Ours: only `openConnectUI`, and the whole package; the official `@nangohq/frontend`: the `Nango` class (Connect UI +
 * auth) and `ConnectUI` alone.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchDir } from '../spawn.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';

const entries = [
  { id: 'ours-connect-ui', label: '@nango-sdk/browser: openConnectUI only', code: "import { openConnectUI } from '@nango-sdk/browser'; globalThis.__keep = openConnectUI;", budget: 3900 },
  { id: 'ours-full', label: '@nango-sdk/browser: whole package', code: "export * from '@nango-sdk/browser';", budget: 8000 },
  { id: 'official-full', label: '@nangohq/frontend 0.71.10: Nango (Connect UI + auth)', code: "import Nango from '@nangohq/frontend'; globalThis.__keep = Nango;" },
  { id: 'official-connect-ui', label: '@nangohq/frontend 0.71.10: ConnectUI only', code: "import { ConnectUI } from '@nangohq/frontend'; globalThis.__keep = ConnectUI;" },
] as const;

export async function bundleSize(options: { log: (line: string) => void }): Promise<Section> {
  const rows: Cell[][] = [];
  const targets: TargetCheck[] = [];
  const sizes = new Map<string, number>();
  for (const entry of entries) {
    try {
      const result = await build({
        stdin: { contents: entry.code, resolveDir: benchDir, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2020',
        write: false,
        logLevel: 'silent',
        metafile: true,
      });
      const out = result.outputFiles[0]!.contents;
      const gz = gzipSync(out, { level: 9 }).length;
      sizes.set(entry.id, gz);
      const inputs = Object.keys(result.metafile.inputs).filter((k) => !k.startsWith('<stdin>')).length;
      rows.push([entry.label, out.length, gz, inputs, '']);
      if ('budget' in entry) targets.push(check(`${entry.label} (min+gzip)`, gz, entry.budget, `${gz} B`, `≤ ${entry.budget} B`));
    } catch (error) {
      const message = ((error as { errors?: { text: string }[] }).errors?.[0]?.text ?? (error as Error).message).slice(0, 200);
      rows.push([entry.label, null, null, null, `not measured: ${message}`]);
      if ('budget' in entry) targets.push(notMeasured(`${entry.label} (min+gzip)`, `≤ ${entry.budget} B`, message));
    }
  }
  options.log('  bundle sizes done');
  const official = sizes.get('official-full');
  const notes = official === undefined ? [] : [`The official Nango class measures ${official} B here (the issue quotes 3,900 B).`];
  return {
    id: 'bundle-size',
    title: 'Browser bundle size',
    description: 'esbuild 0.28.2 bundles each entry (minify, ESM, platform browser, target es2020); gzip level 9 of the output. Modules = input files esbuild kept.',
    columns: ['entry', 'min bytes', 'min+gzip bytes', 'modules', 'note'],
    rows,
    targets,
    notes,
  };
}
