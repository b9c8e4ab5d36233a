import type { OperationDef, OperationField } from '../generated/contract.js';
import { NangoValidationError } from '../errors.js';
import { encodePathSegment, encodeQueryComponent } from './encode.js';
import { checkHeaderValue } from './header-check.js';

/** What the builder produces: the parts `fetch` takes. Header names are lower-case. */
export interface BuiltRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

function scalar(value: unknown, field: OperationField): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  throw new NangoValidationError(`Field "${field.name}" has an unsupported value`, field.name);
}

/** `query` with the field's pairs appended (`key` is already encoded). */
function appendQuery(query: string, key: string, field: OperationField, value: unknown): string {
  const style = field.style ?? 'form';
  if (style !== 'deepObject' && !Array.isArray(value)) {
    const pair = `${key}=${encodeQueryComponent(scalar(value, field))}`;
    return query === '' ? pair : `${query}&${pair}`;
  }
  const parts: string[] = [];
  if (style === 'deepObject') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new NangoValidationError(`Field "${field.name}" must be an object`, field.name);
    }
    for (const [sub, item] of Object.entries(value)) {
      if (item === undefined) continue;
      parts.push(`${key}[${encodeQueryComponent(sub)}]=${encodeQueryComponent(scalar(item, field))}`);
    }
  } else {
    const items = (value as unknown[]).filter((item) => item !== undefined).map((item) => scalar(item, field));
    if (style === 'commaList') {
      if (items.length > 0) parts.push(`${key}=${items.map(encodeQueryComponent).join(',')}`);
    } else {
      for (const item of items) parts.push(`${key}=${encodeQueryComponent(item)}`);
    }
  }
  if (parts.length === 0) return query;
  const joined = parts.join('&');
  return query === '' ? joined : `${query}&${joined}`;
}

function readRequest(operation: OperationDef, request: object | undefined): Record<string, unknown> {
  if (request !== undefined && (typeof request !== 'object' || request === null || Array.isArray(request))) {
    throw new NangoValidationError(`${operation.id} expects a request object`);
  }
  const values = (request ?? {}) as Record<string, unknown>;
  for (const field of operation.fields) {
    const value = values[field.name];
    if (field.required && (value === undefined || value === null)) {
      throw new NangoValidationError(`${operation.id}: missing required field "${field.name}"`, field.name);
    }
  }
  return values;
}

/** What a table row yields once: the parts of every request of the operation that do not depend on the call. */
interface OperationPlan {
  readonly method: string;
  readonly contentType: string;
  /** Per field: the path placeholder (`{wire}`), the lower-case header name or the encoded query key. */
  readonly slots: readonly string[];
}

const plans = new WeakMap<OperationDef, OperationPlan>();

function planOf(operation: OperationDef): OperationPlan {
  let plan = plans.get(operation);
  if (plan === undefined) {
    plan = {
      method: operation.httpMethod.toUpperCase(),
      contentType: operation.bodyContentTypes?.find((type) => type.includes('json')) ?? 'application/json',
      slots: operation.fields.map((field) =>
        field.in === 'path' ? `{${field.wire}}` : field.in === 'header' ? field.wire.toLowerCase() : field.in === 'query' ? encodeQueryComponent(field.wire) : '',
      ),
    };
    plans.set(operation, plan);
  }
  return plan;
}

/**
 * Builds method, URL, headers and body of an operation from its table row.
 * Only the fields listed in the row are read, so unknown keys and `undefined` never reach the wire.
 */
export function buildRequest(host: string, operation: OperationDef, request: object | undefined): BuiltRequest {
  const values = readRequest(operation, request);
  const plan = planOf(operation);
  const fields = operation.fields;
  let path = operation.path;
  let query = '';
  const headers: Record<string, string> = {};
  let body: string | undefined;

  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] as OperationField;
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    const slot = plan.slots[index] as string;
    switch (field.in) {
      case 'path': {
        const segment = encodePathSegment(scalar(value, field), field.name);
        const at = path.indexOf(slot);
        if (at !== -1) path = path.slice(0, at) + segment + path.slice(at + slot.length);
        break;
      }
      case 'query':
        query = appendQuery(query, slot, field, value);
        break;
      case 'header': {
        const text = scalar(value, field);
        checkHeaderValue(text, field.name, operation.id);
        headers[slot] = text;
        break;
      }
      case 'body':
        body = JSON.stringify(value);
        headers['content-type'] = plan.contentType;
        break;
    }
  }
  headers['accept'] = 'application/json';
  return { method: plan.method, url: query === '' ? host + path : `${host}${path}?${query}`, headers, body };
}
