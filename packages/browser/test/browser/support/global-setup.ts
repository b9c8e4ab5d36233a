/**
 * Runs in Node before the browser tests: refuses to continue without Chromium, starts the fake Nango
 * (`@nango-sdk/testing`, which answers CORS as Nango's public API does) and a second origin; hands their URLs
 * to the tests with `provide`.
 */
import { existsSync } from 'node:fs';
import { startFakeNango } from '@nango-sdk/testing';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.js';
import { shareServers } from './shared.js';
import { startForeignOrigin } from './servers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    nangoUrl: string;
    foreignUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium was not found at ${executable}. The browser tests need it: install it with ` +
        '`apt-get update && apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  // Without the websocket the popup flow completes through postMessage; websocket.test.ts plays the websocket itself.
  const running = await startFakeNango({ port: 0, host: '127.0.0.1', websocket: false });
  running.fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
  running.fake.integrations.add({ uniqueKey: 'openai', provider: 'openai' });
  running.fake.integrations.add({ uniqueKey: 'jira-basic', provider: 'jira-basic' });
  running.fake.integrations.add({ uniqueKey: 'ghost-admin', provider: 'ghost-admin' });
  running.fake.integrations.add({ uniqueKey: 'netsuite-tba', provider: 'netsuite-tba' });
  running.fake.integrations.add({ uniqueKey: 'two-step', provider: '3cx' });
  running.fake.integrations.add({ uniqueKey: 'salesforce-cc', provider: 'salesforce-cc' });
  const foreign = await startForeignOrigin(new URL('../../../dist/cdn.js', import.meta.url));
  shareServers({ fake: running.fake, apiUrl: running.url });
  project.provide('nangoUrl', running.url);
  project.provide('foreignUrl', foreign.url);
  return async () => {
    shareServers(undefined);
    await foreign.close();
    await running.close();
  };
}
