/**
 * spec-coverage: checks that specs/nango.openapi.yaml covers a reference OpenAPI spec.
 *
 * Usage:   pnpm spec:coverage <reference spec> [our spec, default specs/nango.openapi.yaml]
 * Inputs:  the two OpenAPI documents (YAML or JSON).
 * Outputs: on stdout, `operations: N/M covered`, then every operation (method + path), parameter
 *          (location + name) and request-body field (dotted path) of the reference that our spec lacks.
 *          Exit code 0 when nothing is missing, 1 otherwise, 2 on a usage or read error.
 *
 * Matching rules: paths compare with every `{param}` normalised, so `/proxy/{anyPath}` equals
 * `/proxy/{path}`; path parameters compare by position; header names compare case-insensitively;
 * body fields are collected recursively through `$ref`, `allOf`, `oneOf`, `anyOf`, `items` and
 * `additionalProperties`. Placeholder pseudo-fields of the reference (names containing `$ANY`, or
 * `your-properties`) are ignored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

type Json = unknown;
type JsonObject = Record<string, Json>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface CoverageReport {
  readonly totalOperations: number;
  readonly coveredOperations: number;
  readonly missingOperations: readonly string[];
  readonly missingParameters: readonly string[];
  readonly missingBodyFields: readonly string[];
}

interface OperationShape {
  readonly key: string;
  readonly parameters: ReadonlySet<string>;
  readonly bodyFields: ReadonlySet<string>;
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for the reference's placeholder pseudo-fields, which no real client sends. */
export function isPlaceholder(name: string): boolean {
  return name.includes('$ANY') || name === 'your-properties';
}

/** `/proxy/{anyPath}` -> `/proxy/{}`. */
export function normalisePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

function resolvePointer(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json = doc;
  for (const raw of ref.slice(2).split('/')) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node)) return undefined;
    node = node[segment];
  }
  return node;
}

function deref(doc: JsonObject, node: Json, seen: Set<string> = new Set()): Json {
  let current = node;
  while (isObject(current) && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) return undefined;
    seen.add(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

function parameterKey(param: JsonObject, path: string): string | undefined {
  const name = param.name;
  const location = param.in;
  if (typeof name !== 'string' || typeof location !== 'string') return undefined;
  if (location === 'path') {
    const names = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    const index = names.indexOf(name);
    return `path:#${index >= 0 ? index : name}`;
  }
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

function parameterLabel(key: string, path: string): string {
  const [location, name] = key.split(/:(.*)/s) as [string, string];
  if (location === 'path' && name.startsWith('#')) {
    const names = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    return `path ${names[Number(name.slice(1))] ?? name}`;
  }
  return `${location} ${name}`;
}

function collectFields(doc: JsonObject, schema: Json, prefix: string, out: Set<string>, stack: Set<string>): void {
  if (isObject(schema) && typeof schema.$ref === 'string') {
    if (stack.has(schema.$ref)) return;
    const next = new Set(stack).add(schema.$ref);
    collectFields(doc, resolvePointer(doc, schema.$ref), prefix, out, next);
    return;
  }
  if (!isObject(schema)) return;
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) for (const branch of branches) collectFields(doc, branch, prefix, out, stack);
  }
  if (isObject(schema.properties)) {
    for (const [name, child] of Object.entries(schema.properties)) {
      if (isPlaceholder(name)) continue;
      const field = prefix ? `${prefix}.${name}` : name;
      out.add(field);
      collectFields(doc, child, field, out, stack);
    }
  }
  if (schema.items !== undefined) collectFields(doc, schema.items, `${prefix}[]`, out, stack);
  if (isObject(schema.additionalProperties)) {
    collectFields(doc, schema.additionalProperties, `${prefix}{}`, out, stack);
  }
}

function operationShapes(doc: JsonObject): Map<string, OperationShape & { readonly path: string }> {
  const shapes = new Map<string, OperationShape & { readonly path: string }>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters = new Set<string>();
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      for (const raw of [...shared, ...own]) {
        const param = deref(doc, raw);
        if (!isObject(param) || typeof param.name !== 'string' || isPlaceholder(param.name)) continue;
        const key = parameterKey(param, path);
        if (key) parameters.add(key);
      }
      const bodyFields = new Set<string>();
      const body = deref(doc, operation.requestBody);
      if (isObject(body) && isObject(body.content)) {
        for (const media of Object.values(body.content)) {
          if (isObject(media)) collectFields(doc, media.schema, '', bodyFields, new Set());
        }
      }
      const key = `${method.toUpperCase()} ${normalisePath(path)}`;
      shapes.set(key, { key, path, parameters, bodyFields });
    }
  }
  return shapes;
}

/** Compares two parsed OpenAPI documents and lists what `reference` has and `ours` lacks. */
export function computeCoverage(reference: Json, ours: Json): CoverageReport {
  if (!isObject(reference) || !isObject(ours)) throw new Error('both specs must be OpenAPI objects');
  const theirs = operationShapes(reference);
  const mine = operationShapes(ours);
  const missingOperations: string[] = [];
  const missingParameters: string[] = [];
  const missingBodyFields: string[] = [];
  for (const [key, op] of theirs) {
    const match = mine.get(key);
    if (!match) {
      missingOperations.push(`${key.split(' ')[0]} ${op.path}`);
      continue;
    }
    for (const param of op.parameters) {
      if (!match.parameters.has(param)) missingParameters.push(`${key}: ${parameterLabel(param, op.path)}`);
    }
    for (const field of op.bodyFields) {
      if (!match.bodyFields.has(field)) missingBodyFields.push(`${key}: body ${field}`);
    }
  }
  return {
    totalOperations: theirs.size,
    coveredOperations: theirs.size - missingOperations.length,
    missingOperations,
    missingParameters,
    missingBodyFields,
  };
}

/** Human-readable report, one item per line. */
export function formatReport(report: CoverageReport): string {
  const lines = [`operations: ${report.coveredOperations}/${report.totalOperations} covered`];
  const sections: [string, readonly string[]][] = [
    ['missing operations', report.missingOperations],
    ['missing parameters', report.missingParameters],
    ['missing body fields', report.missingBodyFields],
  ];
  for (const [title, items] of sections) {
    lines.push(`${title}: ${items.length}`);
    for (const item of items) lines.push(`  - ${item}`);
  }
  return lines.join('\n');
}

export function hasGaps(report: CoverageReport): boolean {
  return report.missingOperations.length + report.missingParameters.length + report.missingBodyFields.length > 0;
}

function loadSpec(file: string): Json {
  return parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as Json;
}

function main(argv: readonly string[]): number {
  const [referencePath, oursPath = resolve(import.meta.dirname, '../specs/nango.openapi.yaml')] = argv;
  if (!referencePath) {
    console.error('usage: pnpm spec:coverage <reference spec> [our spec]');
    return 2;
  }
  let report: CoverageReport;
  try {
    report = computeCoverage(loadSpec(resolve(referencePath)), loadSpec(resolve(oursPath)));
  } catch (error) {
    console.error(`spec-coverage: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  console.log(formatReport(report));
  return hasGaps(report) ? 1 : 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = main(process.argv.slice(2));
}
