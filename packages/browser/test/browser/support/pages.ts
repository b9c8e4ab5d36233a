/** Served from a second origin: imitates every message kind Nango sends, and reports back anything it receives. */
export const FOREIGN_PAGE = `<!doctype html><meta charset="utf-8"><title>Foreign</title><script>
addEventListener('message', (event) => parent.postMessage({ type: 'leak', data: event.data }, '*'));
parent.postMessage({ type: 'ready' }, '*');
parent.postMessage({ type: 'connect', payload: { providerConfigKey: 'evil', connectionId: 'evil' } }, '*');
parent.postMessage({ eventType: 'AUTHORIZATION_SUCEEDED', data: { providerConfigKey: 'github', connectionId: 'evil' } }, '*');
parent.postMessage({ message_type: 'success', provider_config_key: 'github', connection_id: 'evil' }, '*');
parent.postMessage({ type: 'close' }, '*');
addEventListener('load', () => parent.postMessage({ type: 'foreign_loaded' }, '*'));
</script>`;
