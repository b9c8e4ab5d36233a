/**
 * pnpm check:code-blocks
 *
 * Type-checks the TypeScript a reader may copy: fenced ```ts / ```typescript blocks of README.md, packages/<name>/README.md
 * and every .md file under docs/, and the fenced code of every `@example` in .ts files under packages/<name>/src/ (generated resources included;
 * the openapi-typescript output is skipped: its examples are JSON values, not code).
 * Inputs: those files, and the built packages (`pnpm build` first: blocks import their dist types).
 * Outputs: a temporary TypeScript project in os.tmpdir() whose node_modules link the four workspace packages, one module
 *   per block, checked with `tsc --noEmit` under the repository's strict settings; failures are printed as
 *   `<file>:<line>: <message>` at the block's own line. Exit 1 on any error. `--keep` leaves the project on disk.
 * Conventions: a block whose info string contains `no-check` is skipped. Names a block uses but neither declares nor
 *   imports are imported from the first package exporting them (own package first). The placeholders `nango`,
 *   `request`, `req`, `res`, `button`, `http`, `signingKey`, `connectionId`, `providerConfigKey` and `fake` are declared for
 *   blocks that use them without declaring them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = process.cwd();
const PACKAGES = ['node', 'core', 'testing', 'browser'] as const;
type PackageName = (typeof PACKAGES)[number];

interface Block {
  readonly file: string;
  /** 1-based line in `file` of the block's first code line. */
  readonly line: number;
  readonly code: string;
  /** The package whose source or README holds the block: its exports and its client come first. */
  readonly owner: PackageName | undefined;
}

function walk(dir: string, accept: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : walk(path, accept);
    return accept(path) ? [path] : [];
  });
}

const FENCE = /^(\s*)```(\S*)(.*)$/;

/** Fenced TypeScript blocks of a list of lines; `offset` is the 1-based number of the first line. */
function fencedBlocks(lines: readonly string[], file: string, offset: number, owner: PackageName | undefined): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE.exec(lines[index] ?? '');
    if (open === null) continue;
    const language = (open[2] ?? '').toLowerCase();
    const end = lines.findIndex((line, at) => at > index && /^\s*```\s*$/.test(line));
    if (end === -1) break;
    const body = lines.slice(index + 1, end);
    if ((language === 'ts' || language === 'typescript') && !`${open[2] ?? ''}${open[3] ?? ''}`.includes('no-check')) {
      const indent = (open[1] ?? '').length;
      blocks.push({ file, line: offset + index + 1, code: body.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n'), owner });
    }
    index = end;
  }
  return blocks;
}

function markdownBlocks(): Block[] {
  const files: [string, PackageName | undefined][] = [
    [join(ROOT, 'README.md'), undefined],
    ...PACKAGES.map((name): [string, PackageName] => [join(ROOT, 'packages', name, 'README.md'), name]),
    ...walk(join(ROOT, 'docs'), (file) => file.endsWith('.md')).map((file): [string, undefined] => [file, undefined]),
  ];
  return files
    .filter(([file]) => existsSync(file))
    .flatMap(([file, owner]) => fencedBlocks(readFileSync(file, 'utf8').split('\n'), relative(ROOT, file), 1, owner));
}

/** Fenced code inside `@example` tags of JSDoc comments; comment prefixes (` * `) are removed. */
function exampleBlocks(): Block[] {
  const blocks: Block[] = [];
  for (const owner of PACKAGES) {
    const files = walk(join(ROOT, 'packages', owner, 'src'), (file) => file.endsWith('.ts') && !file.endsWith('generated/openapi.ts'));
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let index = 0; index < lines.length; index += 1) {
        if (!/^\s*\*\s*@example\b/.test(lines[index] ?? '')) continue;
        let end = index + 1;
        while (end < lines.length && !/^\s*\*\s*@\w+/.test(lines[end] ?? '') && !/\*\//.test(lines[end] ?? '')) end += 1;
        const body = lines.slice(index + 1, end).map((line) => line.replace(/^\s*\* ?/, ''));
        blocks.push(...fencedBlocks(body, relative(ROOT, file), index + 2, owner));
        index = end - 1;
      }
    }
  }
  return blocks;
}

/** Names exported by a built package (from the `export { ... }` list of its dist/index.d.ts). */
function exportedNames(name: PackageName): Set<string> {
  const file = join(ROOT, 'packages', name, 'dist', 'index.d.ts');
  if (!existsSync(file)) throw new Error(`packages/${name}/dist/index.d.ts not found: run \`pnpm build\` first`);
  const names = new Set<string>();
  const text = readFileSync(file, 'utf8');
  for (const list of text.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const item of (list[1] ?? '').split(',')) {
      const exported = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
      if (exported) names.add(exported);
    }
  }
  for (const declaration of text.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|function|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
    if (declaration[1]) names.add(declaration[1]);
  }
  return names;
}

const AMBIENT: Record<string, (owner: PackageName | undefined) => string> = {
  nango: (owner) => (owner === 'browser' ? "import('@nango-sdk/browser').NangoBrowser" : `import('@nango-sdk/${owner === 'core' ? 'core' : 'node'}').Nango`),
  request: () => 'Request',
  req: () => "import('node:http').IncomingMessage",
  res: () => "import('node:http').ServerResponse",
  button: () => 'HTMLButtonElement',
  http: () => "typeof import('node:http')",
  signingKey: () => 'string',
  connectionId: () => 'string',
  providerConfigKey: () => 'string',
  fake: () => "import('@nango-sdk/testing').FakeNango",
};

function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/\b(?:const|let|var|function|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g)) if (match[1]) names.add(match[1]);
  for (const match of code.matchAll(/\b(?:const|let|var)\s*[{[]([^=]*)[}\]]\s*=/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const local = part.split(':').pop()?.split('=')[0]?.trim().replace(/^\.\.\./, '');
      if (local) names.add(local);
    }
  }
  for (const match of code.matchAll(/import\s+(?:type\s+)?([\s\S]*?)\s+from\s+['"][^'"]+['"]/g)) {
    for (const part of (match[1] ?? '').replace(/[{}*]/g, ',').split(',')) {
      const local = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
      if (local) names.add(local);
    }
  }
  return names;
}

/** The module written for a block: a prelude of imports and declarations, then the block, then `export {}`. */
function moduleFor(block: Block, exports: ReadonlyMap<PackageName, Set<string>>): { text: string; preludeLines: number } {
  const declared = declaredNames(block.code);
  const used = new Set([...block.code.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '').matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)/g)].map((match) => match[1] ?? ''));
  const order: PackageName[] = block.owner === undefined ? [...PACKAGES] : [block.owner, ...PACKAGES.filter((name) => name !== block.owner)];
  const imports = new Map<PackageName, string[]>();
  const prelude: string[] = [];
  for (const name of used) {
    if (declared.has(name)) continue;
    const ambient = AMBIENT[name];
    if (ambient !== undefined) {
      prelude.push(`declare const ${name}: ${ambient(block.owner)};`);
      continue;
    }
    const from = order.find((pkg) => exports.get(pkg)?.has(name));
    if (from !== undefined) imports.set(from, [...(imports.get(from) ?? []), name]);
  }
  for (const [pkg, names] of imports) prelude.unshift(`import { ${names.sort().join(', ')} } from '@nango-sdk/${pkg}';`);
  return { text: `${[...prelude, block.code].join('\n')}\nexport {};\n`, preludeLines: prelude.length };
}

function linkPackages(project: string): void {
  const scope = join(project, 'node_modules', '@nango-sdk');
  mkdirSync(scope, { recursive: true });
  for (const name of PACKAGES) symlinkSync(join(ROOT, 'packages', name), join(scope, name), 'dir');
  symlinkSync(join(ROOT, 'node_modules', '@types'), join(project, 'node_modules', '@types'), 'dir');
  // Third-party modules the examples import (msw for the fake's handlers), resolved from the package that depends on them.
  symlinkSync(join(ROOT, 'packages', 'testing', 'node_modules', 'msw'), join(project, 'node_modules', 'msw'), 'dir');
}

function main(): number {
  const keep = process.argv.includes('--keep');
  const blocks = [...markdownBlocks(), ...exampleBlocks()];
  const exports = new Map(PACKAGES.map((name) => [name, exportedNames(name)] as const));
  const project = mkdtempSync(join(tmpdir(), 'code-blocks-'));
  try {
    linkPackages(project);
    const base = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    const compilerOptions = { ...base.compilerOptions, noEmit: true, declaration: false, sourceMap: false, verbatimModuleSyntax: false, noUnusedLocals: false, types: ['node'] };
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'code-blocks', private: true, type: 'module' }));
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['blocks/*.ts'] }, null, 2));
    mkdirSync(join(project, 'blocks'));
    const preludes: number[] = [];
    blocks.forEach((block, index) => {
      const { text, preludeLines } = moduleFor(block, exports);
      preludes.push(preludeLines);
      writeFileSync(join(project, 'blocks', `block-${index}.ts`), text);
    });
    let output = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project, '--pretty', 'false'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
    }
    const errors: string[] = [];
    for (const line of output.split('\n')) {
      const match = /^blocks\/block-(\d+)\.ts\((\d+),(\d+)\): (.*)$/.exec(line.trim());
      if (match === null) {
        if (line.trim() !== '' && !line.startsWith(' ')) errors.push(line.trim());
        else if (line.trim() !== '' && errors.length > 0) errors[errors.length - 1] += ` ${line.trim()}`;
        continue;
      }
      const index = Number(match[1]);
      const block = blocks[index];
      if (block === undefined) continue;
      const codeLine = Number(match[2]) - 1 - (preludes[index] ?? 0);
      const where = codeLine >= 0 && codeLine < block.code.split('\n').length ? `${block.file}:${block.line + codeLine}` : `${block.file}:${block.line} (prelude)`;
      errors.push(`${where}: ${match[4] ?? ''}`);
    }
    const files = new Set(blocks.map((block) => block.file));
    console.log(`Checked ${blocks.length} code blocks from ${files.size} files (${blocks.filter((block) => block.file.endsWith('.ts')).length} @example blocks).`);
    for (const error of errors) console.log(`FAIL ${error}`);
    console.log(errors.length === 0 ? 'PASS check:code-blocks' : `FAIL check:code-blocks: ${errors.length} error(s)`);
    return errors.length === 0 ? 0 : 1;
  } finally {
    if (keep) console.log(`Project kept at ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`FAIL check:code-blocks: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
