import { Nango } from '@nango-sdk/node';

const nango = new Nango({ secretKey: process.env['NANGO_SECRET_KEY'] ?? '', host: 'http://127.0.0.1:3003' });

export async function main(): Promise<void> {
  const connection = await nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github', forceRefresh: true });
  const page = await nango.records.list({ model: 'Issue', connectionId: 'c1', providerConfigKey: 'github', limit: 100 });
  const result = await nango.actions.trigger({ connectionId: 'c1', providerConfigKey: 'github', body: { action_name: 'create-issue', input: { title: 'x' } } });
  const session = await nango.connectSessions.create({ body: { end_user: { id: 'u1' }, allowed_integrations: ['github'] } });
  const repos = await nango.proxy.get('/user/repos', { connectionId: 'c1', providerConfigKey: 'github' });
  console.log(connection.credentials, page.records.length, result, session.data.token, repos);
}
