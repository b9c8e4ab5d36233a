import { FakeApiError } from './errors.js';
import { uuid } from './ids.js';

/** What an action handler receives besides its input. */
export interface ActionContext {
  connectionId: string;
  providerConfigKey: string;
  metadata: Record<string, unknown>;
}

export type ActionHandler = (input: unknown, context: ActionContext) => unknown;

/** Thrown by an action handler to fail like an upstream HTTP error (424 with `upstream`). */
export class ActionUpstreamError extends Error {
  readonly upstream: { status: number; headers?: Record<string, string>; body?: unknown };
  constructor(upstream: { status: number; headers?: Record<string, string>; body?: unknown }, message = 'The upstream API returned an error') {
    super(message);
    this.name = 'ActionUpstreamError';
    this.upstream = upstream;
  }
}

export type AsyncActionState =
  | { status: 'pending' }
  | { status: 'done'; output: unknown }
  | { status: 'failed'; error: { message: string; code: string; payload: Record<string, unknown> } };

export interface AsyncActionRun {
  id: string;
  envId: number;
  actionName: string;
  connectionId: string;
  providerConfigKey: string;
  maxRetries: number;
  attempts: number;
  state: AsyncActionState;
}

/** Converts what a handler threw into the server's error envelope. */
export function actionFailure(error: unknown): FakeApiError {
  if (error instanceof FakeApiError) return error;
  if (error instanceof ActionUpstreamError) {
    return new FakeApiError(424, 'action_script_failure', error.message, { payload: {}, upstream: { status: error.upstream.status, headers: error.upstream.headers ?? {}, body: error.upstream.body ?? null } });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FakeApiError(500, 'action_script_failure', message, { payload: {} });
}

/** Registered action handlers and async runs. */
export class ActionStore {
  readonly #handlers = new Map<string, ActionHandler>();
  readonly #runs = new Map<string, AsyncActionRun>();

  register(name: string, handler: ActionHandler): void {
    this.#handlers.set(name, handler);
  }

  unregister(name: string): void {
    this.#handlers.delete(name);
  }

  handler(name: string): ActionHandler | undefined {
    return this.#handlers.get(name);
  }

  names(): string[] {
    return [...this.#handlers.keys()];
  }

  createRun(run: Omit<AsyncActionRun, 'id' | 'state' | 'attempts'>): AsyncActionRun {
    const created: AsyncActionRun = { ...run, id: uuid(), attempts: 0, state: { status: 'pending' } };
    this.#runs.set(created.id, created);
    return created;
  }

  run(id: string): AsyncActionRun | undefined {
    return this.#runs.get(id);
  }

  runs(): AsyncActionRun[] {
    return [...this.#runs.values()];
  }
}
