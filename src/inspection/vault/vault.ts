// The token vault: replaces a value with a short random token and keeps the value encrypted, with who sent
// it and what it was, for a limited time. Stored in whichever KvBackend it is given (memory or Redis).
import type { Logger } from 'pino';
import { isCategory } from '../categories.js';
import type { KvBackend } from '../../store/types.js';
import { open, seal } from './cipher.js';
import { VaultError } from './errors.js';
import { createKeyring, type KeyringInput } from './keyring.js';
import { decodeRecord, encodeRecord } from './record.js';
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH, normalizeToken, randomToken } from './token.js';
import type { Vault } from './types.js';

export const DEFAULT_TEMPLATE = '[PHI:{token}]';
export const DEFAULT_TOKEN_LENGTH = 5;
export const DEFAULT_TTL_MS = 30 * 86_400_000;
/** Random draws before giving up; with the space 10% full, 8 straight collisions happen 1 in 10^8. */
const MAX_ATTEMPTS = 8;

export interface VaultOptions extends KeyringInput {
  store: KvBackend;
  log: Logger;
  /** Characters per token, 4-16 (default 5: 32^5 ≈ 33.5 million tokens). */
  tokenLength?: number;
  ttlMs?: number;
  /** How a token is written into the message; must contain `{token}` once (default `[PHI:{token}]`). */
  template?: string;
  /** Where PHIWALL_VAULT_KEY is read from when no keys are given (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export function checkTemplate(template: string): boolean {
  return typeof template === 'string' && template.length <= 100 && template.split('{token}').length === 2;
}

export function createVault(opts: VaultOptions): Vault {
  const length = opts.tokenLength ?? DEFAULT_TOKEN_LENGTH;
  if (!Number.isInteger(length) || length < MIN_TOKEN_LENGTH || length > MAX_TOKEN_LENGTH) {
    throw new VaultError('VAULT_BAD_CONFIG', `token length must be ${MIN_TOKEN_LENGTH}-${MAX_TOKEN_LENGTH}`);
  }
  const ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new VaultError('VAULT_BAD_CONFIG', 'ttl must be > 0');
  const template = opts.template ?? DEFAULT_TEMPLATE;
  if (!checkTemplate(template)) throw new VaultError('VAULT_BAD_CONFIG', 'template must contain {token} exactly once');
  const [before, after] = template.split('{token}') as [string, string];
  // A Redis vault outlives the process and may be shared by several instances: a key generated at startup
  // would leave records nobody can open, so Redis requires a configured key.
  const keyring = createKeyring(opts, { log: opts.log, ephemeralAllowed: opts.store.kind === 'memory', env: opts.env });
  const store = opts.store;
  const storeKey = (token: string) => `vault:${token}`;

  return {
    render: (token) => before + token + after,

    async tokenize(value, meta) {
      if (typeof value !== 'string') throw new TypeError('value must be a string');
      if (typeof meta?.client !== 'string' || !isCategory(meta.category)) throw new TypeError('meta needs a client and a category');
      const { id: kid, key } = keyring.current;
      const createdAt = new Date().toISOString();
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const token = randomToken(length);
        const fields = { token, client: meta.client, category: meta.category, kid, createdAt };
        const record = encodeRecord({ v: 1, kid, client: meta.client, category: meta.category, createdAt, ...seal(key, value, fields) });
        if (await store.setIfAbsent(storeKey(token), record, ttlMs)) return token;
      }
      throw new VaultError('VAULT_EXHAUSTED');
    },

    async detokenize(input) {
      const token = normalizeToken(input, length);
      if (!token) return undefined;
      const raw = await store.get(storeKey(token));
      if (raw === undefined) return undefined;
      const record = decodeRecord(raw);
      if (!record) throw new VaultError('VAULT_CORRUPT');
      const key = keyring.get(record.kid);
      if (!key) throw new VaultError('VAULT_UNKNOWN_KEY');
      const fields = { token, client: record.client, category: record.category, kid: record.kid, createdAt: record.createdAt };
      const value = open(key, record, fields);
      if (value === undefined) throw new VaultError('VAULT_INTEGRITY');
      return { value, client: record.client, category: record.category, createdAt: record.createdAt };
    },
  };
}
