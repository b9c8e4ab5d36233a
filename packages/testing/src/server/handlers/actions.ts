import type { FakeState } from '../../fake/state.js';
import { actionFailure, type AsyncActionRun } from '../../state/actions.js';
import type { Connection } from '../../state/connections.js';
import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { bool, num, obj, str } from '../read.js';
import { json } from '../respond.js';
import { connectionFromHeaders } from './records.js';
import type { Reply } from '../reply.js';

function invoke(state: FakeState, name: string, input: unknown, connection: Connection): Promise<unknown> {
  const handler = state.actions.handler(name);
  if (!handler) return Promise.reject(new FakeApiError(404, 'not_found', `Action '${name}' is not deployed`));
  return Promise.resolve().then(() => handler(input, { connectionId: connection.connectionId, providerConfigKey: connection.providerConfigKey, metadata: connection.metadata }));
}

async function runAsync(state: FakeState, run: AsyncActionRun, input: unknown, connection: Connection): Promise<void> {
  for (;;) {
    run.attempts++;
    try {
      const output = await invoke(state, run.actionName, input, connection);
      run.state = { status: 'done', output: output ?? {} };
      break;
    } catch (error) {
      if (run.attempts <= run.maxRetries) continue;
      const failure = actionFailure(error);
      run.state = { status: 'failed', error: { message: failure.message, code: failure.code, payload: obj(failure.extra['payload']) } };
      break;
    }
  }
  void state.webhooks.send(
    { type: 'async_action', from: 'nango', connectionId: connection.connectionId, providerConfigKey: connection.providerConfigKey, payload: { id: run.id, statusUrl: `/action/${run.id}` } },
    connection.envId,
  );
}

export async function triggerAction(ctx: RouteContext): Promise<Reply> {
  const connection = connectionFromHeaders(ctx);
  const body = obj(ctx.body);
  const name = str(body['action_name']) ?? '';
  const isAsync = bool(ctx.headers.get('x-async')) === true;
  const maxRetriesRaw = ctx.headers.get('x-max-retries');
  const maxRetries = maxRetriesRaw === null ? 0 : num(maxRetriesRaw);
  if (maxRetries === undefined || !Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 5) {
    throw new FakeApiError(400, 'invalid_headers', undefined, { errors: [{ code: 'too_big', message: 'X-Max-Retries must be an integer from 0 to 5', path: ['x-max-retries'] }] });
  }
  if (!ctx.state.actions.handler(name)) throw new FakeApiError(404, 'not_found', `Action '${name}' is not deployed`);
  if (isAsync) {
    const run = ctx.state.actions.createRun({ envId: ctx.envId, actionName: name, connectionId: connection.connectionId, providerConfigKey: connection.providerConfigKey, maxRetries });
    setTimeout(() => void runAsync(ctx.state, run, body['input'], connection), 0);
    const statusUrl = `/action/${run.id}`;
    return json(202, { id: run.id, statusUrl }, { location: statusUrl });
  }
  try {
    const output = await invoke(ctx.state, name, body['input'], connection);
    return json(200, output ?? {});
  } catch (error) {
    throw actionFailure(error);
  }
}

export function getActionResult(ctx: RouteContext): Reply {
  const run = ctx.state.actions.run(ctx.params['actionId']!);
  if (!run || run.envId !== ctx.envId) throw new FakeApiError(404, 'not_found', 'Action result not found');
  if (run.state.status === 'pending') throw new FakeApiError(404, 'not_found', 'The action has not completed yet');
  if (run.state.status === 'failed') return json(500, { error: run.state.error });
  return json(200, run.state.output);
}
