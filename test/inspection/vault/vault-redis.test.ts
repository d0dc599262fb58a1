import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createKvStore } from '../../../src/store/create.js';
import { VaultError } from '../../../src/inspection/vault/errors.js';
import { createVault } from '../../../src/inspection/vault/vault.js';
import { REDIS_URL, deletePrefix, redisGate, silentLog, testPrefix, unusedPort } from '../../store/helpers.js';
import { registerVaultBehaviour } from './vault-behaviour.js';

const prefix = testPrefix('vault');
const behaviour = suite('vault on the Redis store');
const redisUp = await redisGate(behaviour);
if (redisUp) {
  registerVaultBehaviour(behaviour, () => createKvStore({ redisUrl: REDIS_URL, prefix, log: silentLog }));
  behaviour.after(() => deletePrefix(prefix));
}
behaviour.run();

const vault = suite('vault with Redis configured');

vault('a Redis-backed vault needs a configured key (an ephemeral one would orphan its records)', async () => {
  const store = await createKvStore({ redisUrl: `redis://127.0.0.1:${await unusedPort()}`, prefix: 'x:', log: silentLog });
  try {
    createVault({ store, log: silentLog, env: {} });
    assert.unreachable();
  } catch (err) {
    assert.is((err as VaultError).code, 'VAULT_NO_KEY');
  } finally {
    await store.close();
  }
});

vault('Redis down: tokenize rejects promptly with a store error (the caller fails closed)', async () => {
  const store = await createKvStore({ redisUrl: `redis://127.0.0.1:${await unusedPort()}`, prefix: 'x:', log: silentLog });
  const v = createVault({ store, log: silentLog, keys: [{ id: 'k1', key: Buffer.alloc(32, 7) }] });
  try {
    await v.tokenize('secret', { client: 'c', category: 'name' });
    assert.unreachable();
  } catch (err) {
    assert.is((err as { code?: string }).code, 'STORE_UNAVAILABLE');
    assert.not.ok((err as Error).message.includes('secret'));
  } finally {
    await store.close();
  }
});

vault.run();
