/** Values a server process can supply through its environment. */
export interface EnvConfig {
  readonly secretKey?: string;
  readonly host?: string;
  readonly webhookSigningKey?: string;
  readonly previousWebhookSigningKey?: string;
}

/** The environment variables the Node client reads when its options leave a value out. */
export const ENV_NAMES = {
  secretKey: 'NANGO_SECRET_KEY',
  host: 'NANGO_HOST',
  webhookSigningKey: 'NANGO_WEBHOOK_SIGNING_KEY',
  previousWebhookSigningKey: 'NANGO_WEBHOOK_SIGNING_KEY_PREVIOUS',
} as const;

/** Reads the Nango variables from an environment map, ignoring empty strings. */
export function readEnv(env: Readonly<Record<string, string | undefined>>): EnvConfig {
  const out: { -readonly [K in keyof EnvConfig]?: string } = {};
  for (const [field, name] of Object.entries(ENV_NAMES) as [keyof EnvConfig, string][]) {
    const value = env[name]?.trim();
    if (value) out[field] = value;
  }
  return out;
}
