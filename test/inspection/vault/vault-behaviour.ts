// Vault behaviour that must hold on every store backend; registered by vault-memory and vault-redis tests.
import { randomBytes } from 'node:crypto';
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import type { KvBackend } from '../../../src/store/types.js';
import { VaultError } from '../../../src/inspection/vault/errors.js';
import { CROCKFORD } from '../../../src/inspection/vault/token.js';
import { createVault, type VaultOptions } from '../../../src/inspection/vault/vault.js';
import { silentLog, sleep } from '../../store/helpers.js';

export const K1 = randomBytes(32);
export const K2 = randomBytes(32);
const SECRET = 'MRN-8675309 Jane Q. Patient 😀';

async function rejectsWith(p: Promise<unknown>, code: string): Promise<VaultError> {
  try {
    await p;
  } catch (err) {
    assert.instance(err, VaultError);
    assert.is((err as VaultError).code, code);
    assert.not.ok((err as Error).message.includes(SECRET));
    return err as VaultError;
  }
  throw new assert.Assertion({ message: `expected ${code}` } as never);
}

export function registerVaultBehaviour(suite: Test, buildStore: () => Promise<KvBackend>): void {
  const withVault = async (opts: Partial<VaultOptions>, fn: (v: ReturnType<typeof createVault>, store: KvBackend) => Promise<void>) => {
    const store = await buildStore();
    try {
      await fn(createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K1 }], ...opts }), store);
    } finally {
      await store.close();
    }
  };

  suite('round trip: the value, client, category and creation time come back', () =>
    withVault({}, async (v) => {
      const before = Date.now();
      const token = await v.tokenize(SECRET, { client: 'clinic-a', category: 'mrn' });
      const got = await v.detokenize(token);
      assert.ok(got);
      assert.is(got.value, SECRET);
      assert.is(got.client, 'clinic-a');
      assert.is(got.category, 'mrn');
      assert.ok(Date.parse(got.createdAt) >= before - 1000);
    }));

  suite('tokens are 5 Crockford base32 characters by default and render into the template', () =>
    withVault({}, async (v) => {
      const token = await v.tokenize('555-0100', { client: 'c', category: 'phone' });
      assert.is(token.length, 5);
      for (const ch of token) assert.ok(CROCKFORD.includes(ch));
      assert.is(v.render(token), `[PHI:${token}]`);
    }));

  suite('token length and template are configurable', () =>
    withVault({ tokenLength: 8, template: 'https://portal.example.org/t/{token}' }, async (v) => {
      const token = await v.tokenize('x', { client: 'c', category: 'name' });
      assert.is(token.length, 8);
      assert.is(v.render(token), `https://portal.example.org/t/${token}`);
      assert.is((await v.detokenize(token))?.value, 'x');
    }));

  suite('tokens are random: the same value gets a different token every time, all unique', () =>
    withVault({ tokenLength: 8 }, async (v) => {
      const tokens = await Promise.all(Array.from({ length: 1000 }, () => v.tokenize('same value', { client: 'c', category: 'name' })));
      assert.is(new Set(tokens).size, tokens.length);
    }));

  suite('the store holds ciphertext, never the value', () =>
    withVault({}, async (v, store) => {
      const token = await v.tokenize(SECRET, { client: 'c', category: 'mrn' });
      const raw = await store.get(`vault:${token}`);
      assert.ok(raw);
      assert.not.ok(raw.includes('8675309'));
      assert.not.ok(raw.includes('Patient'));
      assert.is(JSON.parse(raw).kid, 'k1');
    }));

  suite('detokenize accepts lower case, hyphens and Crockford aliases; rejects junk as not found', () =>
    withVault({}, async (v) => {
      const token = await v.tokenize('v', { client: 'c', category: 'name' });
      const typed = token.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
      assert.is((await v.detokenize(`${typed.slice(0, 2)}-${typed.slice(2)}`))?.value, 'v');
      for (const junk of ['', '!!!!!', 'UUUUU', 'ABCD', 'ABCDEF', 'x'.repeat(10_000)]) assert.is(await v.detokenize(junk), undefined);
    }));

  suite('an unknown token is undefined', () =>
    withVault({ tokenLength: 16 }, async (v) => {
      assert.is(await v.detokenize('ZZZZZZZZZZZZZZZZ'), undefined);
    }));

  suite('a token expires with its TTL', () =>
    withVault({ ttlMs: 60 }, async (v) => {
      const token = await v.tokenize('v', { client: 'c', category: 'name' });
      await sleep(160);
      assert.is(await v.detokenize(token), undefined);
    }));

  suite('tampered ciphertext fails authentication without revealing the value', () =>
    withVault({}, async (v, store) => {
      const token = await v.tokenize(SECRET, { client: 'c', category: 'mrn' });
      const rec = JSON.parse((await store.get(`vault:${token}`))!);
      const ct = Buffer.from(rec.ct, 'base64url');
      ct[0]! ^= 1;
      await store.set(`vault:${token}`, JSON.stringify({ ...rec, ct: ct.toString('base64url') }), 60_000);
      await rejectsWith(v.detokenize(token), 'VAULT_INTEGRITY');
    }));

  suite('relabelling the client or category, or moving a record to another token, fails authentication', () =>
    withVault({}, async (v, store) => {
      const token = await v.tokenize(SECRET, { client: 'clinic-a', category: 'mrn' });
      const raw = (await store.get(`vault:${token}`))!;
      const rec = JSON.parse(raw);
      await store.set(`vault:${token}`, JSON.stringify({ ...rec, client: 'clinic-b' }), 60_000);
      await rejectsWith(v.detokenize(token), 'VAULT_INTEGRITY');
      await store.set(`vault:${token}`, JSON.stringify({ ...rec, category: 'name' }), 60_000);
      await rejectsWith(v.detokenize(token), 'VAULT_INTEGRITY');
      const other = await v.tokenize('other', { client: 'clinic-a', category: 'mrn' });
      await store.set(`vault:${other}`, raw, 60_000);
      await rejectsWith(v.detokenize(other), 'VAULT_INTEGRITY');
    }));

  suite('a stored string that is not a vault record is VAULT_CORRUPT', () =>
    withVault({}, async (v, store) => {
      const token = await v.tokenize('v', { client: 'c', category: 'name' });
      for (const junk of ['not json', '{}', '[]', 'null', JSON.stringify({ v: 1, kid: 'k1' })]) {
        await store.set(`vault:${token}`, junk, 60_000);
        await rejectsWith(v.detokenize(token), 'VAULT_CORRUPT');
      }
    }));

  suite('key rotation: old tokens open with the old key id, new ones use the current key', async () => {
    const store = await buildStore();
    try {
      const v1 = createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K1 }] });
      const old = await v1.tokenize(SECRET, { client: 'c', category: 'mrn' });
      const v2 = createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K1.toString('base64') }, { id: 'k2', key: K2.toString('hex') }], current: 'k2' });
      const fresh = await v2.tokenize('new', { client: 'c', category: 'name' });
      assert.is(JSON.parse((await store.get(`vault:${fresh}`))!).kid, 'k2');
      assert.is((await v2.detokenize(old))?.value, SECRET);
      assert.is((await v2.detokenize(fresh))?.value, 'new');
      // Once k1 is retired, its records can no longer be opened: an error, not the value.
      const v3 = createVault({ store, log: silentLog, keys: [{ id: 'k2', key: K2 }] });
      await rejectsWith(v3.detokenize(old), 'VAULT_UNKNOWN_KEY');
      assert.is((await v3.detokenize(fresh))?.value, 'new');
    } finally {
      await store.close();
    }
  });

  suite('the right key id with the wrong key material fails authentication', async () => {
    const store = await buildStore();
    try {
      const token = await createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K1 }] }).tokenize(SECRET, { client: 'c', category: 'mrn' });
      const impostor = createVault({ store, log: silentLog, keys: [{ id: 'k1', key: K2 }] });
      await rejectsWith(impostor.detokenize(token), 'VAULT_INTEGRITY');
    } finally {
      await store.close();
    }
  });
}
