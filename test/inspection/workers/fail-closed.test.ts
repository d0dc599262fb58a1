// A detection worker that crashes, exits or hangs refuses the messages it held (fail closed), and a fresh
// worker takes its place: the next message is inspected normally.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { configSchema, type ConfigInput } from '../../../src/config/schema.js';
import { createInspector, type GatewayInspector } from '../../../src/inspection/inspector.js';
import { silentLogger } from '../../../src/observability/logger.js';

const base = {
  listeners: [{ name: 'plain', host: '127.0.0.1', port: 0 }],
  upstreams: [{ name: 'carrier', host: '127.0.0.1', port: 1, tls: false, system_id: 'gateway', password: 'gwpass' }],
  clients: [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict' }],
  audit: { path: '/tmp/unused-audit.log', key: 'test-audit-key-0123456789abcdef0123456789' },
} as ConfigInput;

let inspector: GatewayInspector;

test.before(async () => {
  const cfg = configSchema.parse({ ...base, inspection: { workers: 1, worker_timeout: '300ms' } });
  inspector = await createInspector(cfg, {
    log: silentLogger,
    env: {},
    detectWorkerUrl: new URL('./fixtures/misbehaving-worker.js', import.meta.url),
  });
});

test.after(async () => {
  await inspector.close();
});

const benign = 'Clinic closed Monday for the holiday.';

test('a worker that works: findings come back and the policy acts on them', async () => {
  assert.is((await inspector.evaluate(benign, 'strict', 'emr')).action, 'allow');
  assert.is((await inspector.evaluate('Your HIV test results are positive.', 'strict', 'emr')).action, 'block');
  const r = await inspector.evaluate('Patient SSN 536-22-1784 on file.', 'strict', 'emr');
  assert.is(r.action, 'rewrite');
  assert.not.ok(r.text!.includes('536-22-1784'));
});

for (const [how, text] of [
  ['throws', 'CRASH please'],
  ['exits', 'EXIT please'],
  ['hangs past worker_timeout', 'HANG please'],
] as const) {
  test(`a worker that ${how} refuses the message, and a fresh worker inspects the next one`, async () => {
    const t0 = Date.now();
    const d = await inspector.evaluate(text, 'strict', 'emr');
    assert.is(d.action, 'block');
    assert.is(d.status, 0x45);
    assert.is(d.reason, 'detector_error');
    assert.ok(Date.now() - t0 < 2000, 'refused promptly');
    assert.is((await inspector.evaluate(`${benign} (after)`, 'strict', 'emr')).action, 'allow');
    assert.is((await inspector.evaluate('Your HIV test results are positive, again.', 'strict', 'emr')).action, 'block');
  });
}

test('messages in flight with a failing one are refused too, never passed unchecked', async () => {
  const all = await Promise.all([inspector.evaluate(`${benign} 1`, 'strict', 'emr'), inspector.evaluate('CRASH now', 'strict', 'emr')]);
  for (const d of all) assert.ok(d.action === 'block' || d.action === 'allow');
  assert.is(all[1]!.action, 'block');
});

test('inspection.workers must be a whole number from 0 to 32, with an error that says so', () => {
  for (const bad of [-1, 1.5, 'two', 99]) {
    const r = configSchema.safeParse({ ...base, inspection: { workers: bad } });
    assert.not.ok(r.success, String(bad));
    const issue = r.error!.issues[0]!;
    assert.equal(issue.path, ['inspection', 'workers']);
    assert.match(issue.message, /worker/);
  }
  assert.is(configSchema.parse(base).inspection.workers, 0, 'inline by default');
});

test('inspection.decision_cache is a whole number of entries, 0 for off, 10000 by default', () => {
  for (const bad of [-1, 2.5, 'big', 2_000_000]) {
    const r = configSchema.safeParse({ ...base, inspection: { decision_cache: bad } });
    assert.not.ok(r.success, String(bad));
    const issue = r.error!.issues[0]!;
    assert.equal(issue.path, ['inspection', 'decision_cache']);
    assert.match(issue.message, /entries|off/);
  }
  assert.is(configSchema.parse(base).inspection.decision_cache, 10_000);
  assert.is(configSchema.parse({ ...base, inspection: { decision_cache: 0 } }).inspection.decision_cache, 0);
});

test.run();
