// The audit key: one secret, from which HKDF derives separate keys for the record chain, the checkpoint
// signature and the two correlation hashes, so a value computed for one purpose is useless for another.
// Source order: audit.key, env PHIWALL_AUDIT_KEY, the key file (created on first start for the embedded
// default). The secret never enters a log line, an error message or JSON/inspect output of AuditKeys.
import { createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import type { Logger } from 'pino';
import type { AuditConfig } from './config.js';
import { AuditError, errnoCode } from './errors.js';

export type AuditKeySource = 'config' | 'env' | 'file';

/** Shortest accepted secret: 32 characters (`openssl rand -base64 32` gives 44). */
export const MIN_KEY_CHARS = 32;

export class AuditKeys {
  /** HMAC-SHA256 key of the record chain. */
  readonly chain: KeyObject;
  /** HMAC-SHA256 key of checkpoint signatures. */
  readonly checkpoint: KeyObject;
  /** Keyed hash of destination addresses. */
  readonly destination: KeyObject;
  /** Keyed hash of message content. */
  readonly content: KeyObject;
  /** A public fingerprint of the secret, written into checkpoints to tell "wrong key" from "tampered". */
  readonly id: string;
  readonly source: AuditKeySource;

  constructor(secret: Buffer, source: AuditKeySource) {
    const derive = (info: string, len = 32) => Buffer.from(hkdfSync('sha256', secret, 'phiwall-audit', info, len));
    this.chain = createSecretKey(derive('chain v1'));
    this.checkpoint = createSecretKey(derive('checkpoint v1'));
    this.destination = createSecretKey(derive('destination v1'));
    this.content = createSecretKey(derive('content v1'));
    this.id = derive('key id v1', 8).toString('hex');
    this.source = source;
  }

  toJSON(): { id: string; source: AuditKeySource } {
    return { id: this.id, source: this.source };
  }

  [inspect.custom](): string {
    return `AuditKeys { id: '${this.id}', source: '${this.source}' }`;
  }
}

export function defaultKeyFile(cfg: Pick<AuditConfig, 'path' | 'key_file'>): string {
  return cfg.key_file ?? join(dirname(cfg.path), 'audit.key');
}

function fromSecret(secret: string, source: AuditKeySource, where: string): AuditKeys {
  const s = secret.trim();
  if (s.length < MIN_KEY_CHARS) {
    throw new AuditError('PHIWALL_AUDIT_KEY', `audit key from ${where} is too short: need at least ${MIN_KEY_CHARS} characters`);
  }
  return new AuditKeys(Buffer.from(s, 'utf8'), source);
}

/**
 * Resolves the audit key. `create: false` (used by verify) never creates a key file: a fresh random key
 * would only make every record look tampered.
 */
export async function resolveAuditKey(
  cfg: AuditConfig,
  env: NodeJS.ProcessEnv,
  log?: Logger,
  opts: { create?: boolean } = {},
): Promise<AuditKeys> {
  if (cfg.key !== undefined && cfg.key !== '') return fromSecret(cfg.key, 'config', 'audit.key');
  const fromEnv = env.PHIWALL_AUDIT_KEY;
  if (fromEnv !== undefined && fromEnv !== '') return fromSecret(fromEnv, 'env', 'PHIWALL_AUDIT_KEY');

  const file = defaultKeyFile(cfg);
  const existing = await readKeyFile(file, log);
  if (existing !== undefined) return fromSecret(existing, 'file', `key file ${file}`);
  if (opts.create === false) {
    throw new AuditError('PHIWALL_AUDIT_KEY', `no audit key: set audit.key or PHIWALL_AUDIT_KEY, or provide ${file}`);
  }

  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': if another process created it first, read theirs instead of replacing it.
    await writeFile(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    log?.warn(
      { keyFile: file },
      'audit key file created with a random key; in production set audit.key or PHIWALL_AUDIT_KEY and keep the key away from the audit log',
    );
  } catch (err) {
    if (errnoCode(err) !== 'EEXIST') {
      throw new AuditError('PHIWALL_AUDIT_KEY', `cannot create audit key file ${file} (${errnoCode(err)})`, { cause: err });
    }
  }
  const created = await readKeyFile(file, log);
  if (created === undefined) throw new AuditError('PHIWALL_AUDIT_KEY', `audit key file ${file} vanished`);
  return fromSecret(created, 'file', `key file ${file}`);
}

async function readKeyFile(file: string, log?: Logger): Promise<string | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    if ((st.mode & 0o077) !== 0) log?.warn({ keyFile: file }, 'audit key file is readable by group or others; chmod 600 it');
    return text;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return undefined;
    throw new AuditError('PHIWALL_AUDIT_KEY', `cannot read audit key file ${file} (${errnoCode(err)})`, { cause: err });
  }
}
