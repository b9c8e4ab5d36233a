import type { Preflight } from './support/shared.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    createSession(allowedIntegrations?: string[]): Promise<string>;
    findConnection(providerConfigKey: string, connectionId: string): Promise<{ providerConfigKey: string; connectionId: string } | null>;
    failNextOAuth(errorType: string, errorDesc: string): Promise<null>;
    preflights(): Promise<Preflight[]>;
    clickInPopup(selector: string): Promise<string>;
    closePopup(): Promise<string>;
    closePopups(): Promise<number>;
    popupUrl(): Promise<string>;
    clickInConnectUI(selector: string): Promise<null>;
  }
}
