import { describe, expect, it } from 'vitest';

import { RequestValidator } from '../src/server/request-validator.js';
import { ResponseValidator } from '../src/server/response-validator.js';
import type { OpenApiDocument } from '../src/server/openapi.js';
import { FakeApiError } from '../src/state/errors.js';

/** A tiny spec exercising each parameter style the validator supports. */
const doc: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'things.get',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 10 } },
          { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'names', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } },
          { name: 'tags', in: 'query', style: 'deepObject', schema: { $ref: '#/components/schemas/Tags' } },
          { name: 'X-Mode', in: 'header', required: true, schema: { type: 'string', enum: ['a', 'b'] } },
        ],
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
      post: {
        operationId: 'things.create',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, '204': {} },
      },
    },
  },
  components: {
    schemas: {
      Tags: { type: 'object', additionalProperties: { type: 'string' }, maxProperties: 2 },
      Thing: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string' }, created: { type: 'string', format: 'date-time' } } },
    },
  },
};

const validator = new RequestValidator(doc);
const base = { operationId: 'things.get', method: 'GET', pathTemplate: '/things/{id}', pathParams: { id: '3' }, headers: new Headers({ 'x-mode': 'a' }), body: undefined, passthrough: false };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof FakeApiError ? error.code : 'other';
  }
}

describe('spec-driven request validation', () => {
  it('coerces query values and reads repeated, comma and deepObject styles', () => {
    const out = validator.validate({ ...base, query: new URLSearchParams('limit=5&ids=a&ids=b&names=x,y&tags[k]=v') });
    expect(out.query).toEqual({ limit: 5, ids: ['a', 'b'], names: ['x', 'y'], tags: { k: 'v' } });
  });

  it('uses the server error codes for each part', () => {
    expect(codeOf(() => validator.validate({ ...base, query: new URLSearchParams('other=1') }))).toBe('invalid_query_params');
    expect(codeOf(() => validator.validate({ ...base, query: new URLSearchParams('limit=50') }))).toBe('invalid_query_params');
    expect(codeOf(() => validator.validate({ ...base, query: new URLSearchParams('tags[a]=1&tags[b]=2&tags[c]=3') }))).toBe('invalid_query_params');
    expect(codeOf(() => validator.validate({ ...base, pathParams: { id: '0' }, query: new URLSearchParams() }))).toBe('invalid_uri_params');
    expect(codeOf(() => validator.validate({ ...base, headers: new Headers(), query: new URLSearchParams() }))).toBe('invalid_headers');
    expect(codeOf(() => validator.validate({ ...base, headers: new Headers({ 'x-mode': 'c' }), query: new URLSearchParams() }))).toBe('invalid_headers');
  });

  it('checks bodies strictly, with an errors list', () => {
    const post = { ...base, operationId: 'things.create', method: 'POST', pathParams: { id: '1' }, query: new URLSearchParams() };
    expect(validator.validate({ ...post, body: { name: 'n' } }).body).toEqual({ name: 'n' });
    try {
      validator.validate({ ...post, body: { name: 1, extra: true } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FakeApiError);
      expect((error as FakeApiError).extra['errors']).toEqual(
        expect.arrayContaining([
          { code: 'unrecognized_keys', message: "Unrecognized key(s) in object: 'extra'", path: [] },
          { code: 'invalid_type', message: 'Expected string', path: ['name'] },
        ]),
      );
    }
    expect(codeOf(() => validator.validate({ ...post, body: undefined }))).toBe('invalid_body');
    expect(codeOf(() => validator.validate({ ...base, query: new URLSearchParams(), body: { a: 1 } }))).toBe('invalid_body');
  });
});

describe('spec-driven response validation', () => {
  const responses = new ResponseValidator(doc);
  it('accepts matching bodies and reports mismatches and undocumented statuses', () => {
    expect(responses.check('things.get', 'GET', '/things/{id}', '/things/1', 200, { name: 'a' }, true)).toBeUndefined();
    expect(responses.check('things.get', 'GET', '/things/{id}', '/things/1', 200, { name: 'a', x: 1 }, true)?.message).toBe('body does not match the schema');
    expect(responses.check('things.create', 'POST', '/things/{id}', '/things/1', 202, {}, true)?.message).toBe('status 202 is not documented');
    expect(responses.check('things.create', 'POST', '/things/{id}', '/things/1', 204, undefined, false)).toBeUndefined();
    expect(responses.check('things.create', 'POST', '/things/{id}', '/things/1', 204, 'x', true)?.message).toBe('204 response has a body');
  });
});
