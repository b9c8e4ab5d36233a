import { describe, expect, it } from 'vitest';
import { camelCase, operationTypeBase, splitOperationId } from '../lib/naming.ts';
import { renderModelPage, renderTable } from '../lib/markdown-table.ts';
import { docType } from '../lib/doc-types.ts';
import type { OpenApiDocument } from '../lib/spec-types.ts';

describe('naming', () => {
  it('camelCases wire names on every separator', () => {
    expect(camelCase('Connection-Id')).toBe('connectionId');
    expect(camelCase('provider_config_key')).toBe('providerConfigKey');
    expect(camelCase('connectionId')).toBe('connectionId');
    expect(camelCase('X-Max-Retries')).toBe('xMaxRetries');
    expect(camelCase('refresh_github_app_jwt_token')).toBe('refreshGithubAppJwtToken');
    expect(camelCase('Connection-ID')).toBe('connectionId');
  });

  it('names request types <Method><Resource>', () => {
    expect(operationTypeBase('connections', 'get')).toBe('GetConnections');
    expect(operationTypeBase('connections', 'setMetadata')).toBe('SetMetadataConnections');
    expect(operationTypeBase('connectSessions', 'create')).toBe('CreateConnectSessions');
    expect(operationTypeBase('webhookSigningKey', 'rotate')).toBe('RotateWebhookSigningKey');
  });

  it('rejects operationIds that are not <resource>.<method>', () => {
    expect(splitOperationId('records.list')).toEqual({ resource: 'records', name: 'list' });
    expect(() => splitOperationId('listRecords')).toThrow(/not <resource>.<method>/);
  });
});

describe('model page format', () => {
  it('pads every cell to the widest cell of the whole table', () => {
    const table = renderTable(['Field', 'Type'], [['`a`', '*string*'], ['`longer_name`', '*boolean*']]);
    expect(table).toBe(
      [
        '| Field         | Type          |',
        '| ------------- | ------------- |',
        '| `a`           | *string*      |',
        '| `longer_name` | *boolean*     |',
      ].join('\n'),
    );
  });

  it('writes title, two blank lines, ## Fields, blank line, table', () => {
    const page = renderModelPage('ExampleRequest', [
      { field: 'id', type: '*string*', required: true, description: 'The ID | with a pipe.' },
      { field: 'flag', type: '*boolean*', required: false, description: 'A flag\nover two lines.' },
    ]);
    expect(page).toBe(
      [
        '# ExampleRequest',
        '',
        '',
        '## Fields',
        '',
        '| Field                  | Type                   | Required               | Description            |',
        '| ---------------------- | ---------------------- | ---------------------- | ---------------------- |',
        '| `id`                   | *string*               | :heavy_check_mark:     | The ID \\| with a pipe. |',
        '| `flag`                 | *boolean*              | :heavy_minus_sign:     | A flag over two lines. |',
        '',
      ].join('\n'),
    );
  });

  it('writes doc types in italics and links components', () => {
    const document: OpenApiDocument = {
      openapi: '3.1.0',
      components: { schemas: { ConnectionFull: { type: 'object', properties: {} } } },
    };
    expect(docType(document, { type: 'string' })).toBe('*string*');
    expect(docType(document, { type: 'integer' })).toBe('*number*');
    expect(docType(document, { type: 'array', items: { type: 'string' } })).toBe('*string[]*');
    expect(docType(document, { $ref: '#/components/schemas/ConnectionFull' })).toBe('[ConnectionFull](../components/connectionfull.md)');
    expect(docType(document, { type: 'array', items: { $ref: '#/components/schemas/ConnectionFull' } })).toBe(
      '[ConnectionFull](../components/connectionfull.md)[]',
    );
    expect(docType(document, { type: 'string', enum: ['sync', 'action'] })).toBe('*"sync" \\| "action"*');
    expect(docType(document, { type: 'object', additionalProperties: { type: 'string' } })).toBe('*Record\\<string, string\\>*');
  });
});
