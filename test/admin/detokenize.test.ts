// Detokenize: a privacy officer gets the original value behind a token a tokenizing policy put into a
// message; every call is in the audit trail (who, why, the token's category and client) before any value is
// returned, and neither the value nor the token appears in the trail or in a log line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startAdminRig, TOKENS, type AdminRig } from './helpers.js';
import { connectEsme, type Esme } from '../helpers/esme.js';
import { createLogger } from '../../src/observability/logger.js';
import { AdminServer } from '../../src/admin/server.js';
import { call } from './helpers.js';

const NAMED = 'Reminder for Maria Garcia: appointment tomorrow 10am';
const VALUE = 'Maria Garcia';
const REASON = 'patient asked who the reminder was for (ticket 4711)';

let logs = '';
const sink = new Writable({
  write(chunk, _enc, done) {
    logs += String(chunk);
    done();
  },
});
let rig: AdminRig;
let esme: Esme;
let token: string;

test.before(async () => {
  rig = await startAdminRig({
    log: createLogger({ level: 'debug', destination: sink }),
    policies: [{ name: 'tok', extends: 'strict', actions: { name: 'tokenize' } }],
    clients: [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'tok' }],
  });
  esme = await connectEsme({ port: rig.g.port, system_id: 'emr', password: 'emrpass' });
  assert.is((await esme.submit({ source_addr: '12345', destination_addr: '15550001234', short_message: NAMED })).command_status, 0);
  const [sent] = await rig.carrier.waitSubmits(1);
  const text = String(sent!.short_message.message ?? sent!.short_message);
  // `[` and `]` travel as GSM 03.38 escapes the carrier library decodes its own way: match the inside only.
  const m = /PHI:([0-9A-Z]{5})/.exec(text);
  assert.ok(m, text);
  token = m![1]!;
});

test.after(async () => {
  await esme.close();
  await rig.stop();
});

const auditLines = () => readFileSync(join(rig.g.dir, 'audit.log'), 'utf8').trim().split('\n');
const detokenizeRecords = () => auditLines().map((l) => JSON.parse(l)).filter((r) => r.event === 'detokenize');
const privacy = (body: unknown) => rig.call('/detokenize', { token: TOKENS.privacy, body });

test('a privacy officer gets the value, its category and client', async () => {
  const r = await privacy({ token, reason: REASON });
  assert.is(r.status, 200, r.text);
  assert.is(r.json.value, VALUE);
  assert.is(r.json.category, 'name');
  assert.is(r.json.client, 'emr');
  assert.ok(Date.parse(r.json.created_at) <= Date.now());
});

test('the call is audited with who, why, category and client; never the value or the token', async () => {
  const before = detokenizeRecords().length;
  assert.is((await privacy({ token, reason: REASON })).status, 200);
  const recs = detokenizeRecords();
  assert.is(recs.length, before + 1);
  const rec = recs[recs.length - 1];
  assert.is(rec.type, 'admin');
  assert.is(rec.actor, 'privacy-officer');
  assert.is(rec.via, 'token');
  assert.is(rec.reason, REASON);
  assert.is(rec.category, 'name');
  assert.is(rec.client, 'emr');
  assert.is(rec.outcome, 'ok');
  assert.match(rec.mac, /^[0-9a-f]{64}$/);
  const file = readFileSync(join(rig.g.dir, 'audit.log'), 'utf8');
  assert.not.match(file, 'Maria');
  assert.not.match(file, token);
});

test('the token may be given as it appears in the message, in lower case', async () => {
  assert.is((await privacy({ token: `[PHI:${token}]`, reason: REASON })).json.value, VALUE);
  assert.is((await privacy({ token: token.toLowerCase(), reason: REASON })).json.value, VALUE);
});

test('a reason is required: without one nothing is looked up or returned', async () => {
  for (const body of [{ token }, { token, reason: '' }, { token, reason: '   ' }]) {
    const r = await privacy(body);
    assert.is(r.status, 400);
    assert.not.match(r.text, 'Maria');
    assert.ok(r.json.issues.some((i: string) => i.startsWith('reason:')), r.text);
  }
});

test('an unknown token is 404, and the attempt is audited as not_found', async () => {
  const r = await privacy({ token: 'ZZZZZ', reason: 'checking an old letter' });
  assert.is(r.status, 404);
  assert.equal(r.json, { error: 'unknown or expired token' });
  const rec = detokenizeRecords().pop();
  assert.is(rec.outcome, 'not_found');
  assert.is(rec.category, undefined);
  assert.not.match(JSON.stringify(rec), 'ZZZZZ');
});

test('an operator and a viewer cannot detokenize', async () => {
  const before = detokenizeRecords().length;
  for (const t of [TOKENS.operator, TOKENS.viewer]) {
    const r = await rig.call('/detokenize', { token: t, body: { token, reason: REASON } });
    assert.is(r.status, 403);
    assert.not.match(r.text, 'Maria');
  }
  assert.is(detokenizeRecords().length, before);
});

test('when the audit trail cannot be written, nothing is disclosed', async () => {
  // The same gateway, seen through a sink that refuses every record.
  const gw = rig.g.gw;
  const failing = Object.create(gw, {
    auditSink: { value: { ...gw.auditSink, record: () => Promise.reject(new Error('disk full')), healthy: false } },
  });
  const admin = await AdminServer.start(failing, { log: createLogger({ level: 'silent' }) });
  try {
    const r = await call(`${admin.url}/detokenize`, { token: TOKENS.privacy, body: { token, reason: REASON } });
    assert.is(r.status, 503);
    assert.not.match(r.text, 'Maria');
  } finally {
    await admin.close();
  }
});

test('/audit/recent shows detokenize calls with who and the outcome, but not the typed-in reason', async () => {
  const r = await rig.call('/audit/recent?n=100', { token: TOKENS.viewer });
  const recs = r.json.records.filter((x: any) => x.event === 'detokenize');
  assert.ok(recs.length >= 2);
  assert.is(recs[0].actor, 'privacy-officer');
  assert.is(recs[0].outcome, 'ok');
  assert.is(recs[0].category, 'name');
  assert.is(recs[0].reason, undefined);
  assert.not.match(r.text, 'ticket 4711');
  assert.not.match(r.text, 'Maria');
});

test('no log line carries the token, the value or the reason', async () => {
  assert.ok(logs.includes('"admin request"'), 'debug access lines were written');
  assert.not.match(logs, token);
  assert.not.match(logs, 'Maria');
  assert.not.match(logs, 'ticket 4711');
  assert.not.match(logs, TOKENS.privacy);
});

test.run();
