import { startFakeNango } from '@nango-sdk/testing';
import { Nango } from '../src/index.js';
import type { DemoWorld } from './steps-full.js';
import { startUpstream } from './upstream-server.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const SECRET_KEY = 'demo-secret-key-0000-0000-000000000000';
const SIGNING_KEY = 'demo-webhook-signing-key';

/** Starts the fake Nango, a fake upstream API and a webhook receiver, all on 127.0.0.1. */
export async function startFakeWorld(): Promise<DemoWorld & { readonly url: string; close(): Promise<void> }> {
  const running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: SECRET_KEY, webhookSigningKey: SIGNING_KEY });
  const { fake } = running;
  const nango = new Nango({ secretKey: SECRET_KEY, host: running.url, webhookSigningKey: SIGNING_KEY, env: {} });
  const upstream = await startUpstream();
  const receiver = await startWebhookReceiver(nango);
  return {
    url: running.url,
    nango,
    upstream,
    receiver,
    seedRecords: (providerConfigKey, connectionId, model, records) => fake.records.add({ providerConfigKey, connectionId, model, records }),
    deployAction: (_providerConfigKey, name, run) => fake.actions.register(name, (input) => run(input)),
    deploySync: (providerConfigKey, name, models) => {
      fake.syncs.add({ providerConfigKey, name, models });
    },
    deliverWebhooksTo: (url) => fake.webhooks.configure({ url }),
    close: async () => {
      await fake.webhooks.flush();
      await Promise.all([receiver.close(), upstream.close(), running.close()]);
    },
  };
}
