import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenizeConfigSchema } from '../../../src/inspection/vault/config-schema.js';
import { parseKey } from '../../../src/inspection/vault/keyring.js';

const HEX = 'ab'.repeat(32);
const B64 = Buffer.alloc(32, 9).toString('base64');

function issues(input: unknown): string[] {
  const r = tokenizeConfigSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('defaults: [PHI:{token}], 5 characters, 30 days, no keys', () => {
  assert.equal(tokenizeConfigSchema.parse({}), { template: '[PHI:{token}]', tokenLength: 5, ttlMs: 30 * 86_400_000, keys: [], current: undefined });
});

test('a full section parses into createVault options; keys decoded, a single key is current', () => {
  const cfg = tokenizeConfigSchema.parse({ template: 'https://p.example.org/t/{token}', length: 7, ttl: '12h', keys: [{ id: 'k1', key: HEX }] });
  assert.is(cfg.tokenLength, 7);
  assert.is(cfg.ttlMs, 12 * 3_600_000);
  assert.is(cfg.current, 'k1');
  assert.equal(cfg.keys[0]!.key, Buffer.from(HEX, 'hex'));
});

test('errors carry paths and never echo key material', () => {
  const text = issues({ length: 2, ttl: 'soon', template: 'x', keys: [{ id: 'k1', key: 'tooshort' }] }).join('\n');
  for (const path of ['length:', 'ttl:', 'template:', 'keys.0.key:']) assert.ok(text.includes(path), path);
  assert.not.ok(text.includes('tooshort'));
  // Cross-field checks run once the fields themselves are valid.
  const cross = issues({ keys: [{ id: 'k1', key: HEX }, { id: 'k1', key: B64 }], current: 'k9' }).join('\n');
  for (const path of ['keys.1.id:', 'current:']) assert.ok(cross.includes(path), path);
});

test('several keys need current; unknown fields are rejected', () => {
  assert.ok(issues({ keys: [{ id: 'a', key: HEX }, { id: 'b', key: B64 }] }).some((i) => i.startsWith('current:')));
  assert.ok(issues({ lenght: 5 }).length > 0);
});

test('parseKey: 64 hex digits or base64 / base64url of exactly 32 bytes', () => {
  assert.equal(parseKey(HEX), Buffer.from(HEX, 'hex'));
  assert.equal(parseKey(B64), Buffer.alloc(32, 9));
  assert.equal(parseKey(Buffer.alloc(32, 255).toString('base64url')), Buffer.alloc(32, 255));
  assert.equal(parseKey(` ${B64}\n`), Buffer.alloc(32, 9));
  for (const bad of ['', 'ab'.repeat(31), Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64'), 'z'.repeat(64)]) {
    assert.is(parseKey(bad), undefined);
  }
});

test.run();
