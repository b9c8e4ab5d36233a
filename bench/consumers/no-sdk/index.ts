interface Connection {
  id: number;
  connection_id: string;
  provider_config_key: string;
  credentials: { type: string; access_token?: string };
  metadata: Record<string, unknown>;
}
interface RecordsPage {
  records: Array<Record<string, unknown> & { _nango_metadata: { cursor: string; last_action: string } }>;
  next_cursor: string | null;
}
interface ConnectSession {
  data: { token: string; connect_link: string; expires_at: string };
}

const host = 'http://127.0.0.1:3003';
const headers = { authorization: `Bearer ${process.env['NANGO_SECRET_KEY'] ?? ''}` };

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${host}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as T;
}

export async function main(): Promise<void> {
  const connection = await call<Connection>(`/connections/${encodeURIComponent('c1')}?provider_config_key=github`);
  const page = await call<RecordsPage>('/records?model=Issue&limit=100', { headers: { 'connection-id': 'c1', 'provider-config-key': 'github' } });
  const result = await call<{ ok: boolean }>('/action/trigger', {
    method: 'POST',
    headers: { 'connection-id': 'c1', 'provider-config-key': 'github', 'content-type': 'application/json' },
    body: JSON.stringify({ action_name: 'create-issue', input: { title: 'x' } }),
  });
  const session = await call<ConnectSession>('/connect/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ end_user: { id: 'u1' }, allowed_integrations: ['github'] }),
  });
  const repos = await call<unknown[]>('/proxy/user/repos', { headers: { 'connection-id': 'c1', 'provider-config-key': 'github' } });
  console.log(connection.credentials.type, page.records.length, result.ok, session.data.token, repos.length);
}
