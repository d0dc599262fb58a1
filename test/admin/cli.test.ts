// `phiwall start` with an admin section, as a process: it prints the admin URL, serves /healthz, and SIGHUP
// and POST /reload run the same audited reload; SIGTERM closes the admin listener and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { waitFor } from '../helpers/net.js';
import { call, TOKENS } from './helpers.js';
import { connectEsme } from '../helpers/esme.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
let carrier: Carrier;
let dir: string;
let child: ChildProcess;
let out = '';
let url: string;

function config(clients: object[]): string {
  return JSON.stringify({
    listeners: [{ name: 'plain', host: '127.0.0.1', port: 0 }],
    upstreams: [{ name: 'carrier', host: '127.0.0.1', port: carrier.port, system_id: 'gateway', password: 'gwpass', reconnect_min: 50 }],
    clients,
    audit: { path: join(dir, 'audit.log'), key: 'test-audit-key-0123456789abcdef0123456789' },
    admin: { port: 0, tokens: [{ name: 'noc', role: 'operator', token: '${PHIWALL_ADMIN_TOKEN}' }] },
    log: { level: 'warn' },
  });
}

test.before(async () => {
  carrier = await startCarrier();
  dir = mkdtempSync(join(tmpdir(), 'phiwall-admin-cli-'));
  writeFileSync(join(dir, 'phiwall.yaml'), config([{ system_id: 'emr', password: 'emrpass', upstream: 'carrier' }]));
  child = spawn(process.execPath, [MAIN, 'start', '--config', join(dir, 'phiwall.yaml')], {
    env: { ...process.env, PHIWALL_ADMIN_TOKEN: TOKENS.operator },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c) => (out += String(c)));
  child.stderr!.on('data', (c) => (out += String(c)));
  url = (await waitFor(() => /Admin API and dashboard: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out), 10_000))[1]!;
});

test.after(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await carrier.close();
  rmSync(dir, { recursive: true, force: true });
});

const port = () => Number(/smpp:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
const reloads = () =>
  readFileSync(join(dir, 'audit.log'), 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((r) => r.event === 'reload');

test('the admin API answers at the printed URL, with the token from the environment', async () => {
  assert.is((await call(`${url}/healthz`)).status, 200);
  const deadline = Date.now() + 5000;
  while ((await call(`${url}/readyz`)).status !== 200) {
    if (Date.now() > deadline) assert.unreachable('not ready');
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.is((await call(`${url}/whoami`, { token: TOKENS.operator })).json.name, 'noc');
  assert.not.match(out, TOKENS.operator);
});

test('SIGHUP reloads the file and is audited as SIGHUP', async () => {
  writeFileSync(
    join(dir, 'phiwall.yaml'),
    config([
      { system_id: 'emr', password: 'emrpass', upstream: 'carrier' },
      { system_id: 'lab', password: 'labpass', upstream: 'carrier' },
    ]),
  );
  child.kill('SIGHUP');
  await waitFor(() => reloads().length === 1, 5000);
  assert.equal(reloads().map((r) => [r.actor, r.via, r.outcome]), [['SIGHUP', 'signal', 'ok']]);
  const lab = await connectEsme({ port: port(), system_id: 'lab', password: 'labpass' });
  assert.is(lab.bindStatus, 0);
  await lab.close();
});

test('POST /reload runs the same reload, audited with the token’s name', async () => {
  const r = await call(`${url}/reload`, { token: TOKENS.operator, body: {} });
  assert.is(r.status, 200, r.text);
  assert.equal(reloads().map((x) => [x.actor, x.outcome]), [['SIGHUP', 'ok'], ['noc', 'ok']]);
});

test('SIGTERM stops the admin listener with the gateway and exits 0', async () => {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.is(await exited, 0);
  await call(`${url}/healthz`).then(
    () => assert.unreachable('still listening'),
    () => undefined,
  );
});

test.run();
