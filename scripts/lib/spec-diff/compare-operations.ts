/**
 * Compares two versions of one operation: address, deprecation, security, parameters, request body and responses.
 * Inputs: both documents and both operation entries. Outputs: SpecChange entries.
 */
import { resolveRef } from '../refs.ts';
import type { MediaTypeObject, OpenApiDocument, ParameterObject, RequestBodyObject, ResponseObject } from '../spec-types.ts';
import { capitalise, compareSchemas, type SchemaContext } from './compare-schemas.ts';
import { label, type OperationEntry } from './operations.ts';
import type { ChangeLevel, Direction, SpecChange } from './types.ts';

interface Pair {
  readonly base: OpenApiDocument;
  readonly head: OpenApiDocument;
  readonly id: string;
  readonly changes: SpecChange[];
  readonly seen: Set<string>;
}

function push(pair: Pair, level: ChangeLevel, kind: string, message: string): void {
  pair.changes.push({ level, kind, operation: pair.id, message });
}

function context(pair: Pair, direction: Direction, subject: string): SchemaContext {
  return { base: pair.base, head: pair.head, direction, operation: pair.id, subject, changes: pair.changes, seen: pair.seen };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function code(text: string): string {
  return `\`${text}\``;
}

function schemeNames(entry: OperationEntry, document: OpenApiDocument): Set<string> {
  const requirements = entry.operation.security ?? document.security ?? [];
  return new Set(requirements.flatMap((requirement) => Object.keys(requirement)));
}

function compareParameters(pair: Pair, base: OperationEntry, head: OperationEntry): void {
  const op = code(pair.id);
  const removed = [...base.parameters].filter(([name]) => !head.parameters.has(name));
  const added = [...head.parameters].filter(([name]) => !base.parameters.has(name));
  for (const [name, parameter] of removed) {
    const renamed = added.find(([, other]) => other.in === parameter.in && other.name === parameter.name);
    if (renamed !== undefined) {
      push(pair, 'major', 'field-renamed', `Parameter ${code(name)} of ${op} was renamed to ${code(renamed[0])}.`);
      added.splice(added.indexOf(renamed), 1);
      comparePair(pair, name, parameter, renamed[1]);
    } else {
      push(pair, 'major', 'parameter-removed', `Parameter ${code(name)} of ${op} was removed.`);
    }
  }
  for (const [name, parameter] of added) {
    if (parameter.required === true) push(pair, 'major', 'required-parameter-added', `New required parameter ${code(name)} on ${op}.`);
    else push(pair, 'minor', 'optional-parameter-added', `New optional parameter ${code(name)} on ${op}.`);
  }
  for (const [name, parameter] of base.parameters) {
    const other = head.parameters.get(name);
    if (other !== undefined) comparePair(pair, name, parameter, other);
  }
}

function comparePair(pair: Pair, name: string, base: ParameterObject, head: ParameterObject): void {
  const subject = `parameter ${code(name)} of ${code(pair.id)}`;
  if (base.name !== head.name || base.in !== head.in) {
    push(pair, 'major', 'wire-name-changed', `The wire name of ${subject} changed from ${base.in} ${code(base.name)} to ${head.in} ${code(head.name)}.`);
  }
  if (base.required !== true && head.required === true) push(pair, 'major', 'parameter-now-required', `${capitalise(subject)} is now required.`);
  if (base.required === true && head.required !== true) push(pair, 'minor', 'parameter-now-optional', `${capitalise(subject)} is now optional.`);
  if (base.deprecated !== true && head.deprecated === true) push(pair, 'minor', 'deprecated', `${capitalise(subject)} is now deprecated.`);
  if (base.deprecated === true && head.deprecated !== true) push(pair, 'minor', 'undeprecated', `${capitalise(subject)} is no longer deprecated.`);
  if (!same(base.description, head.description) || !same(base['example'], head['example']) || !same(base['examples'], head['examples'])) {
    push(pair, 'patch', 'documentation-changed', `Documentation of ${subject} was updated.`);
  }
  if (!same(base.style, head.style) || !same(base.explode, head.explode)) {
    push(pair, 'patch', 'serialization-changed', `${capitalise(subject)} is serialized differently on the wire.`);
  }
  compareSchemas(context(pair, 'request', subject), base.schema ?? {}, head.schema ?? {});
}

function jsonMedia(content: Record<string, MediaTypeObject> | undefined): MediaTypeObject | undefined {
  if (content === undefined) return undefined;
  const key = Object.keys(content).find((type) => /json/i.test(type)) ?? Object.keys(content)[0];
  return key === undefined ? undefined : content[key];
}

function compareContentTypes(pair: Pair, subject: string, base: Record<string, unknown> | undefined, head: Record<string, unknown> | undefined, direction: Direction): void {
  const from = Object.keys(base ?? {});
  const to = Object.keys(head ?? {});
  const removed = from.filter((type) => !to.includes(type));
  const added = to.filter((type) => !from.includes(type));
  if (removed.length > 0) push(pair, 'major', 'content-type-removed', `${capitalise(subject)} no longer uses ${removed.map(code).join(', ')}.`);
  if (added.length > 0) push(pair, direction === 'request' ? 'minor' : 'major', 'content-type-added', `${capitalise(subject)} can now use ${added.map(code).join(', ')}.`);
}

function compareRequestBody(pair: Pair, baseEntry: OperationEntry, headEntry: OperationEntry): void {
  const subject = `the request body of ${code(pair.id)}`;
  const base = baseEntry.operation.requestBody === undefined ? undefined : resolveRef<RequestBodyObject>(pair.base, baseEntry.operation.requestBody);
  const head = headEntry.operation.requestBody === undefined ? undefined : resolveRef<RequestBodyObject>(pair.head, headEntry.operation.requestBody);
  if (base === undefined && head === undefined) return;
  if (base === undefined) {
    if (head?.required === true) push(pair, 'major', 'required-body-added', `${capitalise(subject)} is new and required.`);
    else push(pair, 'minor', 'optional-body-added', `${capitalise(subject)} is new and optional.`);
    return;
  }
  if (head === undefined) {
    push(pair, 'major', 'body-removed', `${capitalise(subject)} was removed.`);
    return;
  }
  if (base.required !== true && head.required === true) push(pair, 'major', 'body-now-required', `${capitalise(subject)} is now required.`);
  if (base.required === true && head.required !== true) push(pair, 'minor', 'body-now-optional', `${capitalise(subject)} is now optional.`);
  if (!same(base.description, head.description)) push(pair, 'patch', 'documentation-changed', `Documentation of ${subject} was updated.`);
  compareContentTypes(pair, subject, base.content, head.content, 'request');
  const baseSchema = jsonMedia(base.content)?.schema;
  const headSchema = jsonMedia(head.content)?.schema;
  if (baseSchema !== undefined && headSchema !== undefined) compareSchemas(context(pair, 'request', subject), baseSchema, headSchema);
}

/** The success status of an operation: its lowest 2xx (or 3xx) response code. */
export function successStatus(responses: Record<string, unknown> | undefined): string | undefined {
  return Object.keys(responses ?? {}).filter((status) => /^[23]\d\d$/.test(status)).sort()[0];
}

function compareResponses(pair: Pair, baseEntry: OperationEntry, headEntry: OperationEntry): void {
  const op = code(pair.id);
  const baseResponses = baseEntry.operation.responses ?? {};
  const headResponses = headEntry.operation.responses ?? {};
  const baseStatus = successStatus(baseResponses);
  const headStatus = successStatus(headResponses);
  if (baseStatus !== headStatus) {
    push(pair, 'major', 'success-status-changed', `${op} now answers ${headStatus ?? 'no success status'} instead of ${baseStatus ?? 'none'} on success.`);
  }
  const subject = `the response of ${op}`;
  const base = baseStatus === undefined ? undefined : baseResponses[baseStatus];
  const head = headStatus === undefined ? undefined : headResponses[headStatus];
  if (base !== undefined && head !== undefined) {
    const baseResponse = resolveRef<ResponseObject>(pair.base, base);
    const headResponse = resolveRef<ResponseObject>(pair.head, head);
    const baseSchema = jsonMedia(baseResponse.content)?.schema;
    const headSchema = jsonMedia(headResponse.content)?.schema;
    if (baseSchema !== undefined && headSchema === undefined) push(pair, 'major', 'response-body-removed', `${capitalise(subject)} no longer has a body.`);
    if (baseSchema === undefined && headSchema !== undefined) push(pair, 'minor', 'response-body-added', `${capitalise(subject)} now has a body.`);
    if (baseSchema !== undefined && headSchema !== undefined) {
      compareContentTypes(pair, subject, baseResponse.content, headResponse.content, 'response');
      compareSchemas(context(pair, 'response', subject), baseSchema, headSchema);
    }
    if (!same(baseResponse.description, headResponse.description)) push(pair, 'patch', 'documentation-changed', `Documentation of ${subject} was updated.`);
  }
  const errorStatuses = new Set([...Object.keys(baseResponses), ...Object.keys(headResponses)].filter((status) => status !== baseStatus && status !== headStatus));
  for (const status of errorStatuses) {
    const from = baseResponses[status];
    const to = headResponses[status];
    if (from === undefined) push(pair, 'patch', 'error-response-added', `${op} now documents the ${status} response.`);
    else if (to === undefined) push(pair, 'patch', 'error-response-removed', `${op} no longer documents the ${status} response.`);
    else if (!same(resolveRef(pair.base, from), resolveRef(pair.head, to))) push(pair, 'patch', 'error-response-changed', `${op} documents its ${status} response differently.`);
  }
}

/** Compares one operation present in both documents. */
export function compareOperation(pair: Pair, base: OperationEntry, head: OperationEntry): void {
  const op = code(pair.id);
  if (base.method !== head.method || base.path !== head.path) {
    push(pair, 'major', 'address-changed', `${op} moved from ${code(label(base))} to ${code(label(head))}.`);
  }
  const before = base.operation;
  const after = head.operation;
  if (before.deprecated !== true && after.deprecated === true) {
    const replacement = after['x-nango-replaced-by'];
    push(pair, 'minor', 'deprecated', `${op} is now deprecated${replacement === undefined ? '' : `; use ${code(replacement)} instead`}.`);
  }
  if (before.deprecated === true && after.deprecated !== true) push(pair, 'minor', 'undeprecated', `${op} is no longer deprecated.`);
  if (!same(before.summary, after.summary) || !same(before.description, after.description) || !same(before['x-nango-replaced-by'], after['x-nango-replaced-by'])) {
    push(pair, 'patch', 'documentation-changed', `Documentation of ${op} was updated.`);
  }
  if (!same(before['x-nango-pagination'], after['x-nango-pagination'])) {
    push(pair, 'major', 'pagination-changed', `${op} paginates differently.`);
  }
  const baseSchemes = schemeNames(base, pair.base);
  const headSchemes = schemeNames(head, pair.head);
  for (const scheme of baseSchemes) if (!headSchemes.has(scheme)) push(pair, 'major', 'security-removed', `${op} no longer accepts ${code(scheme)} credentials.`);
  for (const scheme of headSchemes) if (!baseSchemes.has(scheme)) push(pair, 'minor', 'security-added', `${op} now accepts ${code(scheme)} credentials.`);
  compareParameters(pair, base, head);
  compareRequestBody(pair, base, head);
  compareResponses(pair, base, head);
}

export type { Pair as OperationPair };
