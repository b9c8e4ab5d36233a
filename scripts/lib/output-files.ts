/**
 * Reads and writes the generator's output folders.
 * Inputs: an output root. Outputs: files on disk; listings of the generated folders.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { GENERATED_ROOTS, type GeneratedFile } from './context.ts';

function walk(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = join(directory, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every file currently in the generated folders under `root`, as `/`-separated relative paths, sorted. */
export function listGeneratedFiles(root: string): string[] {
  return GENERATED_ROOTS.flatMap((folder) => walk(join(root, folder)))
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
}

/** Writes `files` under `root` and removes files of the generated folders that are no longer produced. */
export function writeGeneratedFiles(root: string, files: readonly GeneratedFile[]): { written: number; removed: string[] } {
  const wanted = new Set(files.map((file) => file.path));
  const removed = listGeneratedFiles(root).filter((path) => !wanted.has(path));
  for (const path of removed) rmSync(join(root, path));
  let written = 0;
  for (const file of files) {
    const target = join(root, file.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === file.content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    written += 1;
  }
  return { written, removed };
}

/** Paths whose content under `root` differs from `files`, plus stale files nobody generates; sorted. */
export function diffGeneratedFiles(root: string, files: readonly GeneratedFile[]): string[] {
  const wanted = new Map(files.map((file) => [file.path, file.content]));
  const differing = new Set<string>();
  for (const [path, content] of wanted) {
    const target = join(root, path);
    if (!existsSync(target) || readFileSync(target, 'utf8') !== content) differing.add(path);
  }
  for (const path of listGeneratedFiles(root)) if (!wanted.has(path)) differing.add(path);
  return [...differing].sort();
}
