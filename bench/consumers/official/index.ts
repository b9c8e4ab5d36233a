import { Nango } from '@nangohq/node';

const nango = new Nango({ secretKey: process.env['NANGO_SECRET_KEY'] ?? '', host: 'http://127.0.0.1:3003' });

export async function main(): Promise<void> {
  const connection = await nango.getConnection('github', 'c1', true);
  const page = await nango.listRecords<{ id: string; title: string }>({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', limit: 100 });
  const result = await nango.triggerAction<{ title: string }, { ok: boolean }>('github', 'c1', 'create-issue', { title: 'x' });
  const session = await nango.createConnectSession({ end_user: { id: 'u1' }, allowed_integrations: ['github'] });
  const repos = await nango.get<unknown[]>({ endpoint: '/user/repos', providerConfigKey: 'github', connectionId: 'c1' });
  console.log(connection.credentials, page.records.length, result.ok, session.data.token, repos.data.length);
}
