import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { contentDigest, destinationDigest } from '../../src/audit/digest.js';
import { AuditKeys, resolveAuditKey } from '../../src/audit/keys.js';
import { capturingLogger, config, inTempDir, keys, silent } from './helpers.js';

const A = 'config-key-0123456789abcdefghijklmnopqrstuv';
const B = 'env-key-0123456789abcdefghijklmnopqrstuvwxyz';

test('key sources in order: audit.key, then PHIWALL_AUDIT_KEY, then the key file', () =>
  inTempDir(async (dir) => {
    const cfg = { ...config(dir), key: A };
    const fromCfg = await resolveAuditKey(cfg, { PHIWALL_AUDIT_KEY: B }, silent);
    assert.is(fromCfg.source, 'config');
    assert.is(fromCfg.id, new AuditKeys(Buffer.from(A), 'config').id);
    const fromEnv = await resolveAuditKey({ ...cfg, key: undefined }, { PHIWALL_AUDIT_KEY: B }, silent);
    assert.is(fromEnv.source, 'env');
    assert.is(fromEnv.id, new AuditKeys(Buffer.from(B), 'env').id);
    const fromFile = await resolveAuditKey({ ...cfg, key: undefined }, {}, silent);
    assert.is(fromFile.source, 'file');
  }),
);

test('a missing key file is created 0600 with a warning that never contains the key, and reused next time', () =>
  inTempDir(async (dir) => {
    const cfg = { ...config(dir), key: undefined };
    const { log, text } = capturingLogger();
    const k1 = await resolveAuditKey(cfg, {}, log);
    const file = join(dir, 'audit.key');
    assert.is(statSync(file).mode & 0o777, 0o600);
    const secret = readFileSync(file, 'utf8').trim();
    assert.ok(secret.length >= 32);
    assert.match(text(), /audit key file created/);
    assert.not.ok(text().includes(secret));
    const k2 = await resolveAuditKey(cfg, {}, log);
    assert.is(k2.id, k1.id);
  }),
);

test('verify never creates a key: no key is an error', () =>
  inTempDir(async (dir) => {
    const err = await resolveAuditKey({ ...config(dir), key: undefined }, {}, silent, { create: false }).catch((e) => e);
    assert.is(err.code, 'PHIWALL_AUDIT_KEY');
  }),
);

test('a short key is refused without echoing it', () =>
  inTempDir(async (dir) => {
    const err = await resolveAuditKey({ ...config(dir), key: 'hunter2-short' }, {}, silent).catch((e) => e);
    assert.is(err.code, 'PHIWALL_AUDIT_KEY');
    assert.not.ok(String(err.message).includes('hunter2'));
    writeFileSync(join(dir, 'k'), 'tiny\n');
    const err2 = await resolveAuditKey({ ...config(dir), key: undefined, key_file: join(dir, 'k') }, {}, silent).catch((e) => e);
    assert.not.ok(String(err2.message).includes('tiny'));
  }),
);

test('AuditKeys prints only its id and source', () => {
  const k = new AuditKeys(Buffer.from(A), 'config');
  assert.equal(JSON.parse(JSON.stringify({ k })), { k: { id: k.id, source: 'config' } });
  assert.not.ok(inspect(k).includes(A));
  assert.match(inspect(k), /^AuditKeys \{ id: '[0-9a-f]{16}'/);
});

test('destination digest ignores formatting, keeps the last 4 digits and depends on the key', () => {
  const a = destinationDigest(keys, '+1 (555) 123-4567');
  assert.equal(a, destinationDigest(keys, '15551234567'));
  assert.is(a.last4, '4567');
  assert.match(a.hash, /^[0-9a-f]{32}$/);
  assert.not.ok(a.hash.includes('5551234567'));
  assert.is.not(destinationDigest(new AuditKeys(Buffer.from(A), 'config'), '15551234567').hash, a.hash);
  assert.is.not(destinationDigest(keys, '15551234568').hash, a.hash);
  assert.equal(destinationDigest(keys, 'Pharmacy').last4, 'macy');
});

test('content digest is keyed and stable', () => {
  const text = Buffer.from('Your result is ready');
  assert.is(contentDigest(keys, text), contentDigest(keys, Buffer.from('Your result is ready')));
  assert.is.not(contentDigest(keys, text), contentDigest(new AuditKeys(Buffer.from(A), 'config'), text));
  assert.match(contentDigest(keys, text), /^[0-9a-f]{32}$/);
});

test.run();
