// Vault keys: 32 bytes each, named by an id that every record carries (`kid`), so keys can rotate: new
// records use `current`, old records are opened with whichever configured key their kid names.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { VaultError } from './errors.js';

export const KEY_ID_PATTERN = /^[A-Za-z0-9_.-]{1,32}$/;

export interface VaultKey {
  readonly id: string;
  readonly key: Buffer;
}

export interface Keyring {
  readonly current: VaultKey;
  get(id: string): Buffer | undefined;
  /** True when the key was generated at startup (records die with the process). */
  readonly ephemeral: boolean;
}

/** A 32-byte key from 64 hex digits or base64 (standard or URL-safe, padding optional); else undefined. */
export function parseKey(text: string | Buffer): Buffer | undefined {
  if (Buffer.isBuffer(text)) return text.length === 32 ? Buffer.from(text) : undefined;
  if (typeof text !== 'string') return undefined;
  const s = text.trim();
  // Hex first: 64 hex digits are also valid base64 (of 48 bytes).
  if (/^[0-9a-fA-F]{64}$/.test(s)) return Buffer.from(s, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(s) || /^[A-Za-z0-9_-]{43}$/.test(s)) {
    const b = Buffer.from(s, 'base64');
    return b.length === 32 ? b : undefined;
  }
  return undefined;
}

export interface KeyringInput {
  keys?: ReadonlyArray<{ id: string; key: string | Buffer }>;
  current?: string;
}

/**
 * Keys from config; else PHIWALL_VAULT_KEY (id from PHIWALL_VAULT_KEY_ID, default "env"); else, only when
 * `ephemeralAllowed`, a random key for this process with a warning.
 */
export function createKeyring(input: KeyringInput, opts: { log: Logger; ephemeralAllowed: boolean; env?: NodeJS.ProcessEnv }): Keyring {
  const env = opts.env ?? process.env;
  let configured = input.keys ?? [];
  let current = input.current;
  if (configured.length === 0 && env.PHIWALL_VAULT_KEY) {
    const id = env.PHIWALL_VAULT_KEY_ID || 'env';
    configured = [{ id, key: env.PHIWALL_VAULT_KEY }];
    current = id;
  }
  if (configured.length === 0) {
    if (!opts.ephemeralAllowed) throw new VaultError('VAULT_NO_KEY');
    opts.log.warn('no vault key configured: using an ephemeral key; tokens cannot be detokenized after a restart');
    const key: VaultKey = { id: `ephemeral-${randomBytes(4).toString('hex')}`, key: randomBytes(32) };
    return { current: key, get: (id) => (id === key.id ? key.key : undefined), ephemeral: true };
  }

  const keys = new Map<string, Buffer>();
  for (const [i, k] of configured.entries()) {
    if (!KEY_ID_PATTERN.test(k.id)) throw new VaultError('VAULT_BAD_CONFIG', `keys[${i}].id must match ${KEY_ID_PATTERN}`);
    if (keys.has(k.id)) throw new VaultError('VAULT_BAD_CONFIG', `keys[${i}].id is a duplicate`);
    const key = parseKey(k.key);
    if (!key) throw new VaultError('VAULT_BAD_CONFIG', `keys[${i}].key must be 32 bytes, base64 or hex`);
    keys.set(k.id, key);
  }
  current ??= configured.length === 1 ? configured[0]!.id : undefined;
  if (!current) throw new VaultError('VAULT_BAD_CONFIG', 'current must name one of the keys when several are configured');
  const currentKey = keys.get(current);
  if (!currentKey) throw new VaultError('VAULT_BAD_CONFIG', 'current does not name a configured key');
  return { current: { id: current, key: currentKey }, get: (id) => keys.get(id), ephemeral: false };
}
