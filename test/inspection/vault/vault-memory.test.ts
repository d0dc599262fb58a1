import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createMemoryKvStore } from '../../../src/store/memory/memory-kv-store.js';
import type { KvBackend } from '../../../src/store/types.js';
import { VaultError } from '../../../src/inspection/vault/errors.js';
import { createVault } from '../../../src/inspection/vault/vault.js';
import { captureLog, silentLog } from '../../store/helpers.js';
import { K1, registerVaultBehaviour } from './vault-behaviour.js';

const behaviour = suite('vault on the memory store');
registerVaultBehaviour(behaviour, async () => createMemoryKvStore());
behaviour.run();

const vault = suite('vault');

/** A real memory store whose first `refusals` inserts report a collision. */
function collidingStore(refusals: number): KvBackend & { attempts: number } {
  const inner = createMemoryKvStore();
  const s = Object.assign(Object.create(inner) as KvBackend, {
    attempts: 0,
    async setIfAbsent(key: string, value: string, ttlMs: number) {
      s.attempts++;
      return s.attempts <= refusals ? false : inner.setIfAbsent(key, value, ttlMs);
    },
  });
  return s;
}

vault('a collision draws a new token', async () => {
  const store = collidingStore(3);
  const v = createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K1 }] });
  const token = await v.tokenize('v', { client: 'c', category: 'name' });
  assert.is(store.attempts, 4);
  assert.is((await v.detokenize(token))?.value, 'v');
});

vault('a token space that stays full gives VAULT_EXHAUSTED, not an overwrite', async () => {
  const store = collidingStore(Number.POSITIVE_INFINITY);
  const v = createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K1 }] });
  try {
    await v.tokenize('v', { client: 'c', category: 'name' });
    assert.unreachable();
  } catch (err) {
    assert.is((err as VaultError).code, 'VAULT_EXHAUSTED');
  }
});

vault('without a key on the memory store: an ephemeral key and a warning that never shows key material', async () => {
  const { log, lines } = captureLog();
  const v = createVault({ store: createMemoryKvStore(), log, env: {} });
  const token = await v.tokenize('v', { client: 'c', category: 'name' });
  assert.is((await v.detokenize(token))?.value, 'v');
  assert.is(lines.length, 1);
  assert.ok(lines[0]!.includes('ephemeral'));
  // A second process (another vault) cannot read it: its ephemeral key id differs.
  const store = createMemoryKvStore();
  const a = createVault({ store, log: silentLog, env: {} });
  const b = createVault({ store, log: silentLog, env: {} });
  const t = await a.tokenize('v', { client: 'c', category: 'name' });
  try {
    await b.detokenize(t);
    assert.unreachable();
  } catch (err) {
    assert.is((err as VaultError).code, 'VAULT_UNKNOWN_KEY');
  }
});

vault('PHIWALL_VAULT_KEY is used when no keys are configured', async () => {
  const store = createMemoryKvStore();
  const env = { PHIWALL_VAULT_KEY: K1.toString('base64'), PHIWALL_VAULT_KEY_ID: 'prod-1' };
  const token = await createVault({ store, log: silentLog, env }).tokenize('v', { client: 'c', category: 'name' });
  assert.is(JSON.parse((await store.get(`vault:${token}`))!).kid, 'prod-1');
  const sameKeyFromConfig = createVault({ store, log: silentLog, keys: [{ id: 'prod-1', key: K1.toString('hex') }] });
  assert.is((await sameKeyFromConfig.detokenize(token))?.value, 'v');
});

vault('bad options are VaultErrors naming the field, never the key', () => {
  const store = createMemoryKvStore();
  const bad = [
    { tokenLength: 3 },
    { tokenLength: 17 },
    { template: 'no placeholder' },
    { template: '{token}{token}' },
    { ttlMs: 0 },
    { keys: [{ id: 'k1', key: 'c2hvcnQ=' }] },
    { keys: [{ id: 'has space', key: K1 }] },
    { keys: [{ id: 'a', key: K1 }, { id: 'b', key: K1 }] },
    { keys: [{ id: 'a', key: K1 }], current: 'b' },
    { keys: [{ id: 'a', key: K1 }, { id: 'a', key: K1 }], current: 'a' },
  ];
  for (const opts of bad) {
    try {
      createVault({ store, log: silentLog, ...opts });
      assert.unreachable(JSON.stringify(Object.keys(opts)));
    } catch (err) {
      assert.instance(err, VaultError);
      assert.is((err as VaultError).code, 'VAULT_BAD_CONFIG');
      assert.not.ok((err as Error).message.includes('c2hvcnQ'));
    }
  }
});

vault.run();
