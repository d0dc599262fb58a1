// Who may call what: every protected endpoint answers 401 with an empty body to a missing or wrong token,
// 403 to a valid token of a role without the permission, and serves the role that has it. Plus the HTTP
// hygiene around it: 404, 405, 400 on bad JSON, 413 on large bodies, 415 on non-JSON, no stack traces.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startAdminRig, TOKENS, type AdminRig } from './helpers.js';

let rig: AdminRig;

test.before(async () => {
  rig = await startAdminRig();
});

test.after(async () => {
  await rig.stop();
});

type Role = keyof typeof TOKENS;
const ENDPOINTS: { path: string; method: 'GET' | 'POST'; body?: unknown; roles: Role[]; ok: number }[] = [
  { path: '/metrics', method: 'GET', roles: ['viewer', 'operator'], ok: 200 },
  { path: '/stats', method: 'GET', roles: ['viewer', 'operator'], ok: 200 },
  { path: '/sessions', method: 'GET', roles: ['viewer', 'operator'], ok: 200 },
  { path: '/upstreams', method: 'GET', roles: ['viewer', 'operator'], ok: 200 },
  { path: '/audit/recent', method: 'GET', roles: ['viewer', 'operator'], ok: 200 },
  { path: '/policy/test', method: 'POST', body: { text: 'See you at 3pm.' }, roles: ['operator'], ok: 200 },
  { path: '/reload', method: 'POST', body: {}, roles: ['operator'], ok: 200 },
  // No policy tokenizes here, so the privacy officer is let in and told there is no vault.
  { path: '/detokenize', method: 'POST', body: { token: 'ABCDE', reason: 'patient called back' }, roles: ['privacy'], ok: 409 },
];

for (const e of ENDPOINTS) {
  test(`${e.method} ${e.path}: no token and a wrong token get 401 with an empty body`, async () => {
    for (const token of [undefined, 'not-a-valid-token-at-all', TOKENS.operator + 'x', '']) {
      const r = await rig.call(e.path, { method: e.method, token, ...(e.body !== undefined ? { body: e.body } : {}) });
      assert.is(r.status, 401, `token ${JSON.stringify(token)}`);
      assert.is(r.text, '');
      assert.is(r.headers.get('www-authenticate'), 'Bearer');
    }
  });

  test(`${e.method} ${e.path}: ${e.roles.join(', ')} allowed, other roles 403`, async () => {
    for (const role of Object.keys(TOKENS) as Role[]) {
      const r = await rig.call(e.path, { method: e.method, token: TOKENS[role], ...(e.body !== undefined ? { body: e.body } : {}) });
      if (e.roles.includes(role)) assert.is(r.status, e.ok, `${role}: ${r.text}`);
      else {
        assert.is(r.status, 403, role);
        assert.equal(r.json, { error: 'forbidden' });
      }
    }
  });
}

test('an operator cannot detokenize and a privacy officer cannot reload', async () => {
  assert.is((await rig.call('/detokenize', { token: TOKENS.operator, body: { token: 'ABCDE', reason: 'x' } })).status, 403);
  assert.is((await rig.call('/reload', { token: TOKENS.privacy, body: {} })).status, 403);
  assert.is((await rig.call('/metrics', { token: TOKENS.privacy })).status, 403);
});

test('/whoami names the caller, the role and what it may do', async () => {
  const r = await rig.call('/whoami', { token: TOKENS.viewer });
  assert.equal(r.json, { name: 'wallboard', role: 'viewer', via: 'token', can: ['view'] });
  assert.equal((await rig.call('/whoami', { token: TOKENS.privacy })).json.can, ['detokenize']);
  assert.is((await rig.call('/whoami')).status, 401);
});

test('the token may be sent with a lower-case scheme; anything but Bearer is refused', async () => {
  assert.is((await rig.call('/stats', { headers: { authorization: `bearer ${TOKENS.viewer}` } })).status, 200);
  assert.is((await rig.call('/stats', { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } })).status, 401);
  assert.is((await rig.call('/stats', { headers: { authorization: `Bearer ${'x'.repeat(5000)}` } })).status, 401);
});

test('a token in the query string is not a credential', async () => {
  const r = await rig.call(`/stats?token=${TOKENS.viewer}&access_token=${TOKENS.viewer}`);
  assert.is(r.status, 401);
});

test('/healthz and /readyz need no token and say nothing more than their status', async () => {
  const h = await rig.call('/healthz');
  assert.is(h.status, 200);
  assert.is(h.text, 'ok\n');
  const r = await rig.call('/readyz');
  assert.is(r.status, 200);
  assert.is(r.text, 'ready\n');
});

test('unknown routes are 404 and wrong methods 405 with Allow', async () => {
  const r = await rig.call('/nope', { token: TOKENS.operator });
  assert.is(r.status, 404);
  assert.equal(r.json, { error: 'not found' });
  const m = await rig.call('/reload', { method: 'GET', token: TOKENS.operator });
  assert.is(m.status, 405);
  assert.is(m.headers.get('allow'), 'POST');
  assert.is((await rig.call('/stats', { method: 'DELETE', token: TOKENS.operator })).status, 405);
});

test('unparsable JSON is 400 without echoing the body; no stack traces', async () => {
  const secret = 'Jane Doe 555-201-3344 {';
  const r = await rig.call('/policy/test', { token: TOKENS.operator, body: secret });
  assert.is(r.status, 400);
  assert.equal(r.json, { error: 'body is not valid JSON' });
  assert.not.match(r.text, 'Jane');
  assert.not.match(r.text, /at .*\.js/);
});

test('a body of the wrong shape is 400 naming the field, not the value', async () => {
  const r = await rig.call('/policy/test', { token: TOKENS.operator, body: { text: 42, extra: 'Jane Doe' } });
  assert.is(r.status, 400);
  assert.is(r.json.error, 'invalid request body');
  assert.ok(r.json.issues.some((i: string) => i.startsWith('text:')));
  assert.not.match(r.text, 'Jane Doe');
});

test('bodies over the limit are 413; non-JSON content types are 415', async () => {
  const big = await rig.call('/policy/test', { token: TOKENS.operator, body: { text: 'a'.repeat(70 * 1024) } });
  assert.is(big.status, 413);
  const form = await rig.call('/policy/test', { token: TOKENS.operator, body: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.is(form.status, 415);
});

test('an unknown policy name is a 400 listing the known ones', async () => {
  const r = await rig.call('/policy/test', { token: TOKENS.operator, body: { text: 'hello', policy: 'nope' } });
  assert.is(r.status, 400);
  assert.equal(r.json.known, ['strict', 'monitor']);
});

test('every reply carries no-store and nosniff; the dashboard page a strict CSP', async () => {
  const r = await rig.call('/stats', { token: TOKENS.viewer });
  assert.is(r.headers.get('cache-control'), 'no-store');
  assert.is(r.headers.get('x-content-type-options'), 'nosniff');
  const page = await rig.call('/');
  assert.is(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', "script-src 'self'");
  assert.match(page.text, '<title>phiwall</title>');
});

test('after 20 wrong tokens in a minute an address is refused even with a right one', async () => {
  // Its own server: the lockout must not leak into the other tests.
  const other = await startAdminRig();
  try {
    for (let i = 0; i < 20; i++) assert.is((await other.call('/stats', { token: `wrong-token-${i}` })).status, 401);
    const r = await other.call('/stats', { token: TOKENS.viewer });
    assert.is(r.status, 401);
    assert.is(r.text, '');
  } finally {
    await other.stop();
  }
});

test.run();
