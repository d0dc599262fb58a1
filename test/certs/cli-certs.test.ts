import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCerts, type CliIo } from '../../src/cli/certs.js';
import { certificateInfo } from '../../src/certs/info.js';

let dir: string;
test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phiwall-certs-cli-'));
});
test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCerts(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('ca, server, client and csr write working files', async () => {
  const ca = join(dir, 'ca');
  assert.is((await run('ca', '--out', ca, '--cn', 'Test CA', '--days', '30')).code, 0);
  assert.is(certificateInfo(await readFile(join(ca, 'ca.crt'), 'utf8')).commonName, 'Test CA');

  const server = await run('server', '--ca', ca, '--out', join(dir, 'srv'), '--san', 'localhost,127.0.0.1,gw.example.org');
  assert.is(server.code, 0, server.err);
  const info = certificateInfo(await readFile(join(dir, 'srv', 'server.crt'), 'utf8'));
  assert.equal(info.subjectAltNames, ['DNS:localhost', 'IP:127.0.0.1', 'DNS:gw.example.org']);
  assert.is((await stat(join(dir, 'srv', 'server.key'))).mode & 0o777, 0o600);

  assert.is((await run('client', '--ca', ca, '--system-id', 'emr', '--out', join(dir, 'cl'))).code, 0);
  assert.equal(certificateInfo(await readFile(join(dir, 'cl', 'emr.crt'), 'utf8')).subjectAltNames, ['URI:phiwall:client:emr']);

  assert.is((await run('csr', '--cn', 'gw.example.org', '--san', 'gw.example.org,alt.example.org', '--out', join(dir, 'csr'))).code, 0);
  const csr = forge.pki.certificationRequestFromPem(await readFile(join(dir, 'csr', 'gw.example.org.csr'), 'utf8'));
  assert.ok(csr.verify());
});

test('show prints subject, SANs, expiry and days to expiry', async () => {
  const res = await run('show', join(dir, 'srv', 'server.crt'), join(dir, 'csr', 'gw.example.org.csr'));
  assert.is(res.code, 0, res.err);
  assert.match(res.out, /subject: +CN=localhost/);
  assert.match(res.out, /SANs: +DNS:localhost, IP:127\.0\.0\.1, DNS:gw\.example\.org/);
  assert.match(res.out, /\((36[45]) days to expiry\)/);
  assert.match(res.out, /SHA-256: +([0-9A-F]{2}:){31}[0-9A-F]{2}/);
  assert.match(res.out, /certificate request[\s\S]*DNS:alt\.example\.org[\s\S]*signature: valid/);
});

test('show --json gives daysToExpiry', async () => {
  const res = await run('show', '--json', join(dir, 'ca', 'ca.crt'));
  const parsed = JSON.parse(res.out) as Record<string, Array<{ daysToExpiry: number }>>;
  const days = parsed[join(dir, 'ca', 'ca.crt')]![0]!.daysToExpiry;
  assert.ok(days === 29 || days === 30, String(days));
});

test('usage errors exit 2 and failures exit 1, without touching disk', async () => {
  assert.is((await run()).code, 2);
  assert.is((await run('frobnicate')).code, 2);
  assert.is((await run('ca')).code, 2);
  assert.is((await run('ca', '--out', join(dir, 'x'), '--bogus')).code, 2);
  assert.is((await run('ca', '--out', join(dir, 'x'), '--days', '0')).code, 2);
  assert.is((await run('server', '--ca', join(dir, 'ca'), '--out', join(dir, 'x'), '--san', 'not a name')).code, 2);
  assert.is((await run('client', '--ca', join(dir, 'ca'), '--out', join(dir, 'x'), '--system-id', 'far-too-long-system-id')).code, 2);
  assert.is((await run('show')).code, 2);
  await assert.not.ok(await stat(join(dir, 'x')).catch(() => undefined));

  const exists = await run('ca', '--out', join(dir, 'ca'));
  assert.is(exists.code, 1);
  assert.match(exists.err, /exists; use --force/);
  const noCa = await run('server', '--ca', join(dir, 'nowhere'), '--out', join(dir, 'y'), '--san', 'localhost');
  assert.is(noCa.code, 1);
  assert.match(noCa.err, /phiwall certs ca --out/);
  assert.is((await run('show', join(dir, 'missing.crt'))).code, 1);
  assert.is((await run('--help')).code, 0);
});

test('dev creates the development set once', async () => {
  const devDir = join(dir, 'dev');
  const first = await run('dev', '--dir', devDir);
  assert.is(first.code, 0);
  assert.match(first.out, /written to/);
  const second = await run('dev', '--dir', devDir);
  assert.match(second.out, /are current/);
});

test.run();
