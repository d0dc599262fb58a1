import { chmod, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { ensureDevCertificates } from '../../src/certs/dev.js';
import { certificateInfo } from '../../src/certs/info.js';
import { issueServerCertificate } from '../../src/certs/issue.js';

const log = pino({ level: 'silent' });
let dir: string;
// One generated set, copied into each test's directory: RSA key generation dominates this file's run time.
let template: string;

test.before(async () => {
  template = await mkdtemp(join(tmpdir(), 'phiwall-devcerts-template-'));
  await ensureDevCertificates(template, log);
});
test.after(async () => {
  await rm(template, { recursive: true, force: true });
});
test.before.each(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phiwall-devcerts-'));
});
test.after.each(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A directory that already holds a valid development set. */
async function existingSet() {
  await cp(template, dir, { recursive: true });
  return { caCert: await readFile(join(dir, 'ca.crt'), 'utf8'), serverCert: await readFile(join(dir, 'server.crt'), 'utf8') };
}

test('first run creates CA and server certificate with private keys 0600', async () => {
  const res = await ensureDevCertificates(dir, log);
  assert.ok(res.created);
  for (const key of ['ca.key', 'server.key']) assert.is((await stat(join(dir, key))).mode & 0o777, 0o600);
  const server = certificateInfo(res.serverCert);
  assert.equal(server.subjectAltNames, ['DNS:localhost', 'IP:127.0.0.1', 'IP:0:0:0:0:0:0:0:1']);
  assert.ok(server.daysToExpiry >= 360 && server.daysToExpiry <= 366, `server days ${server.daysToExpiry}`);
  const ca = certificateInfo(res.caCert);
  assert.ok(ca.isCa);
  assert.ok(ca.daysToExpiry >= 3640, `CA days ${ca.daysToExpiry}`);
  assert.is(server.issuer, ca.subject);
});

test('a second run reuses the files unchanged', async () => {
  const first = await ensureDevCertificates(dir, log);
  assert.ok(first.created);
  const second = await ensureDevCertificates(dir, log);
  assert.not.ok(second.created);
  assert.is(second.caCert, first.caCert);
  assert.is(second.serverCert, first.serverCert);
  assert.is(second.serverKey, first.serverKey);
});

test('a server certificate expiring within 7 days is regenerated under the same CA', async () => {
  const first = await existingSet();
  const caKeyPem = await readFile(join(dir, 'ca.key'), 'utf8');
  const short = await issueServerCertificate(
    { certPem: first.caCert, keyPem: caKeyPem },
    { altNames: [{ type: 'dns', value: 'localhost' }, { type: 'ip', value: '127.0.0.1' }], days: 3 },
  );
  await writeFile(join(dir, 'server.crt'), short.certPem);
  await writeFile(join(dir, 'server.key'), short.keyPem, { mode: 0o600 });

  const res = await ensureDevCertificates(dir, log);
  assert.ok(res.created);
  assert.is(res.caCert, first.caCert);
  assert.is.not(res.serverCert, short.certPem);
  assert.ok(certificateInfo(res.serverCert).daysToExpiry > 300);
});

test('a server certificate from another CA is replaced', async () => {
  await existingSet();
  const stranger = await createCertificateAuthority();
  const foreign = await issueServerCertificate(stranger, { altNames: [{ type: 'dns', value: 'localhost' }, { type: 'ip', value: '127.0.0.1' }] });
  await writeFile(join(dir, 'server.crt'), foreign.certPem);
  await writeFile(join(dir, 'server.key'), foreign.keyPem, { mode: 0o600 });
  const res = await ensureDevCertificates(dir, log);
  assert.ok(res.created);
  assert.is(certificateInfo(res.serverCert).issuer, certificateInfo(res.caCert).subject);
});

test('a corrupt CA file regenerates everything', async () => {
  const first = await existingSet();
  await writeFile(join(dir, 'ca.crt'), 'not a certificate');
  const res = await ensureDevCertificates(dir, log);
  assert.ok(res.created);
  assert.is.not(res.caCert, first.caCert);
  assert.is.not(res.serverCert, first.serverCert);
});

test('a key file readable by others is narrowed to 0600', async () => {
  await existingSet();
  await chmod(join(dir, 'server.key'), 0o644);
  const res = await ensureDevCertificates(dir, log);
  assert.not.ok(res.created);
  assert.is((await stat(join(dir, 'server.key'))).mode & 0o777, 0o600);
});

test.run();
