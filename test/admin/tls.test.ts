// The admin API over TLS: a verified client certificate whose CN is listed under `mtls` is a principal with
// that role; a certificate from another CA is nobody; a bearer token still works, and a wrong one does not
// fall back to the certificate.
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startAdminRig, TOKENS, type AdminRig } from './helpers.js';
import { makeCertFiles, type CertFiles } from './certs.js';

let certs: CertFiles;
let rig: AdminRig;

test.before(async () => {
  certs = await makeCertFiles('noc-console');
  rig = await startAdminRig({
    admin: {
      tls: { cert: certs.cert, key: certs.key, ca: certs.ca, requestClientCert: true },
      mtls: [{ identity: 'noc-console', role: 'operator' }],
    },
  });
});

test.after(async () => {
  await rig.stop();
  certs.remove();
});

function get(path: string, o: { client?: { cert: string; key: string }; token?: string; method?: string; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = https.request(
      `${rig.url}${path}`,
      {
        method: o.method ?? 'GET',
        ca: readFileSync(certs.ca),
        ...(o.client ? { cert: readFileSync(o.client.cert), key: readFileSync(o.client.key) } : {}),
        headers: {
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
          ...(o.body ? { 'content-type': 'application/json' } : {}),
        },
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

test('the listener speaks https', () => {
  assert.match(rig.url, /^https:\/\/127\.0\.0\.1:\d+$/);
});

test('a client certificate listed under mtls is an operator', async () => {
  const who = await get('/whoami', { client: certs.client });
  assert.is(who.status, 200, who.body);
  assert.equal(JSON.parse(who.body), { name: 'noc-console', role: 'operator', via: 'mtls', can: ['view', 'operate'] });
  const t = await get('/policy/test', { client: certs.client, method: 'POST', body: JSON.stringify({ text: 'See you at 3pm.' }) });
  assert.is(t.status, 200);
  assert.is((await get('/detokenize', { client: certs.client, method: 'POST', body: '{}' })).status, 403);
});

test('a certificate with the same name from another CA is nobody', async () => {
  const r = await get('/whoami', { client: certs.stranger });
  assert.is(r.status, 401);
  assert.is(r.body, '');
});

test('without a certificate a bearer token works; a wrong token never falls back to the certificate', async () => {
  assert.is((await get('/stats', { token: TOKENS.viewer })).status, 200);
  assert.is((await get('/stats')).status, 401);
  assert.is((await get('/stats', { client: certs.client, token: 'wrong-0123456789abcdef' })).status, 401);
});

test('the admin certificate’s expiry is in /metrics', async () => {
  const r = await get('/metrics', { client: certs.client });
  assert.match(r.body, /phiwall_certificate_expiry_days\{certificate="admin"\} \d+/);
  assert.match(r.body, /phiwall_certificate_expiry_days\{certificate="admin\/ca"\} \d+/);
});

test.run();
