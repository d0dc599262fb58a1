// Shared test scaffolding: a temp directory per test, a config with test-friendly timings, a fixed key,
// a silent (or capturing) logger, and line-level file edits for the tamper cases.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { auditConfigSchema, type AuditConfig, type AuditConfigInput } from '../../src/audit/config.js';
import { AuditKeys } from '../../src/audit/keys.js';
import { AuditWriter } from '../../src/audit/writer.js';

export const TEST_SECRET = 'test-audit-key-0123456789abcdefghijklmnop';
export const keys = new AuditKeys(Buffer.from(TEST_SECRET), 'config');

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-audit-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `fn` with a fresh temp directory and removes it afterwards, pass or fail. */
export async function inTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const { dir, cleanup } = tempDir();
  try {
    return await fn(dir);
  } finally {
    cleanup();
  }
}

export function config(dir: string, extra: Partial<AuditConfigInput> = {}): AuditConfig {
  return auditConfigSchema.parse({ path: join(dir, 'audit.log'), key: TEST_SECRET, retry_interval_ms: 20, ...extra });
}

export const silent: Logger = pino({ level: 'silent' });

/** A logger whose output the test can read back. */
export function capturingLogger(): { log: Logger; text: () => string } {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  return { log: pino({ level: 'debug' }, sink), text: () => out };
}

/** A submit record as the gateway would pass it (digests, never content or numbers). */
export function submit(n: number): { type: 'submit'; [k: string]: unknown } {
  return {
    type: 'submit',
    command: 'submit_sm',
    system_id: 'ehr01',
    listener: 'tls-main',
    upstream: 'carrier-a',
    message_id: `m${n}`,
    destination: { hash: '0123456789abcdef0123456789abcdef', last4: '4567' },
    action: 'redact',
    categories: { mrn: 1, phone: 2 },
    policy: 'default',
    policy_version: 3,
    latency_us: 420,
    content_hmac: 'fedcba9876543210fedcba9876543210',
    n,
  };
}

/** Opens a writer, appends `count` submit records one by one (numbered from `from`), and closes it. */
export async function writeTrail(cfg: AuditConfig, count: number, from = 0): Promise<void> {
  const w = await AuditWriter.open(cfg, keys, silent);
  for (let i = from; i < from + count; i++) await w.append(submit(i));
  await w.close();
}

export function readLines(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function writeLines(file: string, lines: string[]): void {
  writeFileSync(file, lines.map((l) => l + '\n').join(''));
}

export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
