// `phiwall start` as operators run it: a child process with a YAML file. It prints where to connect,
// relays, reloads on SIGHUP (a new client can bind, the old bind stays up), and on SIGTERM unbinds the
// clients and exits 0. `phiwall check` reports config errors with their paths.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { connectEsme } from '../helpers/esme.js';
import { freePort, waitFor } from '../helpers/net.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
let dir: string;
let carrier: Carrier;

test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phiwall-cli-'));
  carrier = await startCarrier();
});

test.after(async () => {
  await carrier.close();
  rmSync(dir, { recursive: true, force: true });
});

function config(port: number, clients: { system_id: string; password: string }[]) {
  return stringify({
    listeners: [{ name: 'plain', host: '127.0.0.1', port }],
    upstreams: [{ name: 'carrier', host: '127.0.0.1', port: carrier.port, tls: false, system_id: 'gateway', password: 'gwpass', bind: 'transceiver' }],
    clients: clients.map((c) => ({ ...c, upstream: 'carrier', policy: 'strict' })),
    audit: { path: join(dir, 'audit.log') },
    log: { level: 'info' },
  });
}

function start(file: string): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, [MAIN, 'start', '--config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, out: () => out };
}

test('start, relay, SIGHUP reload without dropping binds, SIGTERM → unbind and exit 0', async () => {
  const port = await freePort();
  const file = join(dir, 'phiwall.yaml');
  writeFileSync(file, config(port, [{ system_id: 'emr', password: 'emrpass' }]));
  const { child, out } = start(file);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  try {
    await waitFor(() => out().includes('phiwall is running'), 10_000);
    assert.match(out(), `smpp://127.0.0.1:${port}`);
    const esme = await connectEsme({ port, system_id: 'emr', password: 'emrpass' });
    assert.is(esme.bindStatus, 0);
    assert.is((await esme.submit({ source_addr: '12345', destination_addr: '15550011001', short_message: 'See you at 9am.' })).command_status, 0);

    writeFileSync(file, config(port, [{ system_id: 'emr', password: 'emrpass' }, { system_id: 'lab', password: 'labpw' }]));
    child.kill('SIGHUP');
    await waitFor(() => out().includes('configuration reloaded'), 5000);
    const lab = await connectEsme({ port, system_id: 'lab', password: 'labpw' });
    assert.is(lab.bindStatus, 0, 'the new client binds');
    assert.is((await esme.submit({ source_addr: '12345', destination_addr: '15550011002', short_message: 'Still here.' })).command_status, 0, 'the old bind is still up');

    writeFileSync(file, 'listeners: [');
    child.kill('SIGHUP');
    await waitFor(() => out().includes('reload refused'), 5000);
    assert.is((await esme.submit({ source_addr: '12345', destination_addr: '15550011003', short_message: 'And still.' })).command_status, 0);

    let unbound = false;
    esme.session.on('unbind', () => (unbound = true));
    child.kill('SIGTERM');
    assert.is(await exited, 0);
    assert.ok(unbound, 'the client was unbound');
    assert.not.match(out(), /emrpass|labpw/, 'no passwords in the logs');
    await lab.close();
  } finally {
    child.kill('SIGKILL');
  }
});

test('`phiwall check` prints every error with its path and exits non-zero', () => {
  const file = join(dir, 'bad.yaml');
  writeFileSync(file, config(2775, [{ system_id: 'emr', password: 'x' }]).replace('upstream: carrier', 'upstream: carier'));
  const r = spawnSync(process.execPath, [MAIN, 'check', '--config', file], { encoding: 'utf8' });
  assert.is(r.status, 1);
  assert.match(r.stderr, 'clients[0].upstream: unknown upstream "carier"');
});

test.run();
