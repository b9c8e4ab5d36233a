import { htmlResponse } from './html.js';

/**
 * A minimal Connect UI speaking the iframe postMessage protocol: posts `ready`, receives `session_token`,
 * lists the session's integrations, completes a connection and posts `connect` then `close`.
 */
const SCRIPT = `
(function () {
  var params = new URLSearchParams(location.search);
  var api = (params.get('apiURL') || location.origin).replace(/\\/+$/, '');
  var token = params.get('session_token');
  var list = document.getElementById('integrations');
  var status = document.getElementById('status');
  function post(msg) { (window.parent !== window ? window.parent : window.opener || window).postMessage(msg, '*'); }
  function get(path) {
    return fetch(api + path, { headers: { Authorization: 'Bearer ' + token } }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status + ' on ' + path);
      return r.json();
    });
  }
  function done(providerConfigKey, connectionId) {
    status.textContent = 'Connected ' + providerConfigKey;
    post({ type: 'connect', payload: { providerConfigKey: providerConfigKey, connectionId: connectionId } });
    post({ type: 'close' });
  }
  function fail(type, message) {
    status.textContent = 'Error: ' + message;
    post({ type: 'error', payload: { errorType: type, errorMessage: message } });
  }
  function connect(integration, authMode) {
    var q = '?connect_session_token=' + encodeURIComponent(token);
    if (authMode === 'API_KEY' || authMode === 'BASIC') {
      var path = authMode === 'API_KEY' ? '/api-auth/api-key/' : '/api-auth/basic/';
      var body = authMode === 'API_KEY' ? { apiKey: 'fake-api-key' } : { username: 'fake-user', password: 'fake-password' };
      fetch(api + path + encodeURIComponent(integration) + q, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error((b.error && b.error.message) || 'failed'); return b; }); })
        .then(function (b) { done(b.providerConfigKey, b.connectionId); })
        .catch(function (e) { fail('connection_validation_failed', e.message); });
      return;
    }
    var popup = window.open(api + '/oauth/connect/' + encodeURIComponent(integration) + q, 'nango-oauth', 'width=500,height=600');
    function onMessage(e) {
      var d = e.data || {};
      var kind = d.eventType || d.type;
      if (kind === 'AUTHORIZATION_SUCEEDED') { window.removeEventListener('message', onMessage); done(d.data.providerConfigKey, d.data.connectionId); }
      if (kind === 'AUTHORIZATION_FAILED') { window.removeEventListener('message', onMessage); fail(d.data.error_type, d.data.error_desc); }
    }
    window.addEventListener('message', onMessage);
    if (!popup) fail('blocked_by_browser', 'The popup was blocked');
  }
  function load() {
    Promise.all([get('/connect/session'), get('/integrations')]).then(function (res) {
      var allowed = res[0].data.allowed_integrations;
      var items = res[1].data.filter(function (i) { return !allowed || allowed.indexOf(i.unique_key) >= 0; });
      list.textContent = '';
      items.forEach(function (i) {
        get('/providers/' + encodeURIComponent(i.provider)).then(function (p) {
          var b = document.createElement('button');
          b.textContent = i.display_name;
          b.setAttribute('data-integration', i.unique_key);
          b.onclick = function () { connect(i.unique_key, p.data.auth_mode); };
          list.appendChild(b);
        });
      });
      status.textContent = 'Choose an integration';
    }).catch(function (e) { fail('missing_connect_session_token', e.message); });
  }
  window.addEventListener('message', function (e) {
    var d = e.data || {};
    if (d.type === 'session_token' && typeof d.sessionToken === 'string') { token = d.sessionToken; load(); }
  });
  document.getElementById('close').onclick = function () { post({ type: 'close' }); };
  post({ type: 'ready' });
  if (token) load();
})();
`;

export function connectUiPage(): Response {
  return htmlResponse(`<main><h1>Connect</h1><p id="status">Waiting for a session</p><div id="integrations"></div><button id="close">Close</button></main><script>${SCRIPT}</script>`);
}
