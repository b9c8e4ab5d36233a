import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `contents` as an app would (esbuild, minified, ESM, browser) and returns the gzipped size. */
async function gzippedSize(contents: string): Promise<{ raw: string; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    alias: { '@nango-sdk/browser': './src/index.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: new TextDecoder().decode(output), gzip: gzipSync(output, { level: 9 }).length };
}

describe('bundle size (esbuild, minified, gzip)', () => {
  it('an app that only opens the Connect UI ships at most 3.9 kB and none of the API client', async () => {
    const { raw, gzip } = await gzippedSize("import { openConnectUI } from '@nango-sdk/browser'; openConnectUI({ onEvent: console.log });");
    expect(gzip).toBeLessThanOrEqual(3_900);
    expect(raw).not.toContain('NangoAuthenticationError');
    expect(raw).not.toContain('/oauth/connect/');
  });

  it('openConnectUI + auth stays within the official SDK figure of 3.9 kB', async () => {
    const { gzip } = await gzippedSize("import { openConnectUI, auth } from '@nango-sdk/browser'; console.log(openConnectUI, auth);");
    expect(gzip).toBeLessThanOrEqual(3_900);
  });

  it('the whole package, typed session calls included, ships at most 8 kB', async () => {
    const { raw, gzip } = await gzippedSize("export * from '@nango-sdk/browser';");
    expect(gzip).toBeLessThanOrEqual(8_000);
    expect(raw).not.toMatch(/from\s*"node:/);
  });
});
