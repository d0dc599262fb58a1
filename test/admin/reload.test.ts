// POST /reload re-reads the config file and applies it without dropping binds: a client added to the file
// can bind afterwards while a client bound before keeps submitting. An invalid file is refused with its
// errors (422) and the running config stays. Each attempt is an `admin` record in the audit trail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startAdminRig, TOKENS, writeConfig, type AdminRig } from './helpers.js';
import { connectEsme, type Esme } from '../helpers/esme.js';

let rig: AdminRig;
let emr: Esme;

test.before(async () => {
  rig = await startAdminRig();
  emr = await connectEsme({ port: rig.g.port, system_id: 'emr', password: 'emrpass' });
  assert.is(emr.bindStatus, 0);
});

test.after(async () => {
  await emr.close();
  await rig.stop();
});

const reloadRecords = () =>
  readFileSync(join(rig.g.dir, 'audit.log'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.event === 'reload');
const submit = (e: Esme, text = 'See you at 3pm.') => e.submit({ source_addr: '12345', destination_addr: '15550002222', short_message: text });

test('a client added to the file can bind after /reload; the client bound before keeps working', async () => {
  const before = await connectEsme({ port: rig.g.port, system_id: 'lab', password: 'labpass' });
  assert.is(before.bindStatus, 0x0f, 'unknown system_id before the reload');
  await before.close();

  writeConfig(rig.file, rig.g.gw.config, (c) => c.clients.push({ system_id: 'lab', password: 'labpass', upstream: 'carrier', policy: 'strict' }));
  const r = await rig.call('/reload', { token: TOKENS.operator, body: {} });
  assert.is(r.status, 200, r.text);
  assert.equal(r.json, { ok: true });

  const lab = await connectEsme({ port: rig.g.port, system_id: 'lab', password: 'labpass' });
  assert.is(lab.bindStatus, 0);
  assert.is((await submit(lab)).command_status, 0);
  await lab.close();
  assert.is((await submit(emr)).command_status, 0, 'the earlier bind is still up and relaying');
  assert.ok(rig.g.gw.config.clients.some((c) => c.system_id === 'lab'));
});

test('an invalid file is refused with every error; the running config is kept', async () => {
  const running = rig.g.gw.config;
  writeConfig(rig.file, running, (c) => {
    c.clients.push({ system_id: 'rad', upstream: 'carrier' });
    c.session.window = -1;
  });
  const r = await rig.call('/reload', { token: TOKENS.operator, body: {} });
  assert.is(r.status, 422);
  assert.is(r.json.ok, false);
  assert.ok(r.json.errors.some((e: string) => e.startsWith('session.window:')), r.text);
  assert.ok(r.json.errors.some((e: string) => /^clients\[\d\]\.password:/.test(e)), r.text);
  assert.is(rig.g.gw.config, running, 'the same config object is still in force');
  const rad = await connectEsme({ port: rig.g.port, system_id: 'rad', password: 'any' });
  assert.is(rad.bindStatus, 0x0f, 'the refused file’s client cannot bind');
  await rad.close();
  assert.is((await submit(emr)).command_status, 0);
});

test('a file that is not YAML is refused the same way', async () => {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(rig.file, 'listeners: [\n  - : :\n');
  const r = await rig.call('/reload', { token: TOKENS.operator, body: {} });
  assert.is(r.status, 422);
  assert.ok(r.json.errors[0].startsWith('YAML:'), r.text);
  assert.is((await submit(emr)).command_status, 0);
});

test('YAML errors are reported by position, without the source text (it may be a secret)', async () => {
  const { writeFileSync } = await import('node:fs');
  // An unquoted `${VAR}` in a flow map breaks the parse of everything after it, the next token included.
  writeFileSync(
    rig.file,
    'admin:\n  tokens:\n    - { token: ${ADMIN_TOKEN}, role: operator, name: noc }\n    - { token: "s3cret-0123456789abcdef", role: viewer, name: a }\n',
  );
  const r = await rig.call('/reload', { token: TOKENS.operator, body: {} });
  assert.is(r.status, 422);
  assert.ok(r.json.errors.length > 0);
  assert.ok(r.json.errors.every((e: string) => /^YAML: .* at line \d+, column \d+:?$/.test(e)), r.text);
  assert.not.match(r.text, 's3cret');
});

test('every reload attempt is audited with who asked and the outcome', async () => {
  const recs = reloadRecords();
  assert.equal(
    recs.map((r) => [r.actor, r.via, r.outcome]),
    [
      ['noc', 'token', 'ok'],
      ['noc', 'token', 'refused'],
      ['noc', 'token', 'refused'],
      ['noc', 'token', 'refused'],
    ],
  );
  assert.is(recs[1].errors, 2);
});

test('new admin tokens apply after a reload; removed ones stop working', async () => {
  const newToken = 'fresh-0123456789abcdef-token';
  writeConfig(rig.file, rig.g.gw.config, (c) => {
    c.admin.tokens = c.admin.tokens.filter((t: any) => t.name !== 'wallboard');
    c.admin.tokens.push({ name: 'second-screen', role: 'viewer', token: newToken });
  });
  assert.is((await rig.call('/reload', { token: TOKENS.operator, body: {} })).status, 200);
  assert.is((await rig.call('/stats', { token: newToken })).status, 200);
  assert.is((await rig.call('/stats', { token: TOKENS.viewer })).status, 401);
});

test.run();
