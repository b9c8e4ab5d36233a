import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The npm build: ESM + CJS with declarations; @nango-sdk/core stays an import.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['index.*'],
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // The CDN build: one minified, self-contained ES module (`<script type="module">` can import it by URL).
    entry: { cdn: 'src/index.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.js' }),
    dts: { entry: { cdn: 'src/index.ts' } },
    minify: true,
    sourcemap: true,
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    clean: ['cdn.*'],
    treeshake: true,
  },
]);
