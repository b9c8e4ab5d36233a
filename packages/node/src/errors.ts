import { NangoError } from '@nango-sdk/core';

/**
 * The connection came back without `credentials`: the secret key lacks the
 * `environment:connections:read_credentials` scope, so the server strips them.
 */
export class NangoCredentialsUnavailableError extends NangoError {
  override readonly name: string = 'NangoCredentialsUnavailableError';
  readonly connectionId: string;
  readonly providerConfigKey: string;

  constructor(connectionId: string, providerConfigKey: string) {
    super(
      `Connection "${connectionId}" of "${providerConfigKey}" came back without credentials. ` +
        'The secret key needs the environment:connections:read_credentials scope to read tokens.',
    );
    this.connectionId = connectionId;
    this.providerConfigKey = providerConfigKey;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), connectionId: this.connectionId, providerConfigKey: this.providerConfigKey };
  }
}
