import { NangoValidationError, type ClientOptions } from '@nango-sdk/core';
import { ENV_NAMES, readEnv } from './env.js';
import { withNodeUserAgent } from './user-agent.js';

/** Options of the Node {@link Nango} client: the core options plus webhook signing keys and an environment. */
export interface NodeClientOptions extends ClientOptions {
  /** Key that signs the webhooks Nango sends. Default `NANGO_WEBHOOK_SIGNING_KEY`. */
  readonly webhookSigningKey?: string;
  /** The key before the last rotation, still accepted. Default `NANGO_WEBHOOK_SIGNING_KEY_PREVIOUS`. */
  readonly previousWebhookSigningKey?: string;
  /** Where the `NANGO_*` variables are read from. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Options after the environment fallbacks are applied. */
export interface ResolvedNodeOptions {
  readonly client: ClientOptions & { readonly secretKey: NonNullable<ClientOptions['secretKey']>; readonly host: string };
  readonly signingKeys: readonly string[];
}

const DEFAULT_HOST = 'https://api.nango.dev';

/** Applies `NANGO_*` fallbacks (explicit options win) and appends the Node version to the user agent. */
export function resolveNodeOptions(options: NodeClientOptions): ResolvedNodeOptions {
  const { webhookSigningKey, previousWebhookSigningKey, env, ...core } = options;
  const fromEnv = readEnv(env ?? process.env);
  const secretKey = core.secretKey ?? fromEnv.secretKey;
  if (secretKey === undefined || secretKey === '') {
    throw new NangoValidationError(
      `No Nango secret key: pass { secretKey } to new Nango() or set the ${ENV_NAMES.secretKey} environment variable.`,
      'secretKey',
    );
  }
  const host = (core.host ?? fromEnv.host ?? DEFAULT_HOST).replace(/\/+$/, '');
  const signingKeys = [webhookSigningKey ?? fromEnv.webhookSigningKey, previousWebhookSigningKey ?? fromEnv.previousWebhookSigningKey];
  return {
    client: { ...core, secretKey, host, userAgent: withNodeUserAgent(core.userAgent) },
    signingKeys: signingKeys.filter((key): key is string => typeof key === 'string' && key !== ''),
  };
}
