import type { ErrorObject } from 'ajv';

import type { ValidationIssue } from '../state/errors.js';

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Converts Ajv errors into the server's `{code, message, path}` issues. */
export function toIssues(errors: ErrorObject[] | null | undefined, prefix: (string | number)[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    const path = [...prefix, ...pathOf(e.instancePath)];
    let issue: ValidationIssue;
    switch (e.keyword) {
      case 'required':
        issue = { code: 'invalid_type', message: 'Required', path: [...path, String((e.params as { missingProperty: string }).missingProperty)] };
        break;
      case 'additionalProperties':
        issue = { code: 'unrecognized_keys', message: `Unrecognized key(s) in object: '${String((e.params as { additionalProperty: string }).additionalProperty)}'`, path };
        break;
      case 'type':
        issue = { code: 'invalid_type', message: `Expected ${String((e.params as { type: string }).type)}`, path };
        break;
      case 'enum':
      case 'const':
        issue = { code: 'invalid_enum_value', message: e.message ?? 'Invalid enum value', path };
        break;
      case 'format':
      case 'pattern':
      case 'minLength':
      case 'maxLength':
        issue = { code: 'invalid_string', message: e.message ?? 'Invalid string', path };
        break;
      case 'minimum':
      case 'exclusiveMinimum':
      case 'minItems':
      case 'minProperties':
        issue = { code: 'too_small', message: e.message ?? 'Too small', path };
        break;
      case 'maximum':
      case 'exclusiveMaximum':
      case 'maxItems':
      case 'maxProperties':
        issue = { code: 'too_big', message: e.message ?? 'Too big', path };
        break;
      default:
        issue = { code: 'custom', message: e.message ?? 'Invalid value', path };
    }
    const key = JSON.stringify(issue);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
