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

function appendQuery(parts: string[], field: OperationField, value: unknown): void {
  const key = encodeQueryComponent(field.wire);
  const style = field.style ?? 'form';
  if (style === 'deepObject') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new NangoValidationError(`Field "${field.name}" must be an object`, field.name);
    }
    for (const [sub, item] of Object.entries(value)) {
      if (item === undefined) continue;
      parts.push(`${key}[${encodeQueryComponent(sub)}]=${encodeQueryComponent(scalar(item, field))}`);
    }
    return;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined).map((item) => scalar(item, field));
    if (style === 'commaList') {
      if (items.length > 0) parts.push(`${key}=${items.map(encodeQueryComponent).join(',')}`);
    } else {
      for (const item of items) parts.push(`${key}=${encodeQueryComponent(item)}`);
    }
    return;
  }
  parts.push(`${key}=${encodeQueryComponent(scalar(value, field))}`);
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

/**
 * Builds method, URL, headers and body of an operation from its table row.
 * Only the fields listed in the row are read, so unknown keys and `undefined` never reach the wire.
 */
export function buildRequest(host: string, operation: OperationDef, request: object | undefined): BuiltRequest {
  const values = readRequest(operation, request);
  let path = operation.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  let body: string | undefined;

  for (const field of operation.fields) {
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    switch (field.in) {
      case 'path': {
        const segment = encodePathSegment(scalar(value, field), field.name);
        path = path.replace(`{${field.wire}}`, () => segment);
        break;
      }
      case 'query':
        appendQuery(query, field, value);
        break;
      case 'header': {
        const text = scalar(value, field);
        checkHeaderValue(text, field.name, operation.id);
        headers[field.wire.toLowerCase()] = text;
        break;
      }
      case 'body':
        body = JSON.stringify(value);
        headers['content-type'] = operation.bodyContentTypes?.find((type) => type.includes('json')) ?? 'application/json';
        break;
    }
  }
  headers['accept'] = 'application/json';
  const search = query.length > 0 ? `?${query.join('&')}` : '';
  return { method: operation.httpMethod.toUpperCase(), url: `${host}${path}${search}`, headers, body };
}
