// The signed checkpoint: the seq and mac of a durable record, so verify can tell a log whose tail was cut off
// from an intact one. Written atomically (temp file, fsync, rename, fsync dir), so a crash leaves either the
// old or the new checkpoint, never a torn one. Same layout trick as record lines: the signature covers the
// text before `,"sig":"`.
//
//   {"v":1,"seq":4096,"mac":"<64 hex>","time":"...","key_id":"<16 hex>","sig":"<64 hex>"}\n
import { createHmac } from 'node:crypto';
import { open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode } from './errors.js';
import { fsyncDir } from './files.js';
import type { AuditKeys } from './keys.js';

export interface Checkpoint {
  seq: number;
  mac: Buffer;
  time: string;
}

export type CheckpointRead =
  | { state: 'missing' }
  | { state: 'invalid'; reason: string }
  | { state: 'ok'; checkpoint: Checkpoint };

const SIG_OPEN = ',"sig":"';
const LAYOUT = /^\{"v":1,"seq":(\d{1,16}),"mac":"([0-9a-f]{64})","time":"([^"]{1,40})","key_id":"([0-9a-f]{16})"$/;

function sign(keys: AuditKeys, body: string): string {
  return createHmac('sha256', keys.checkpoint).update(body, 'utf8').digest('hex');
}

export async function writeCheckpoint(file: string, keys: AuditKeys, seq: number, mac: Buffer): Promise<void> {
  const body = `{"v":1,"seq":${seq},"mac":"${mac.toString('hex')}","time":"${new Date().toISOString()}","key_id":"${keys.id}"`;
  const text = `${body}${SIG_OPEN}${sign(keys, body)}"}\n`;
  const tmp = `${file}.tmp`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  await fsyncDir(dirname(file));
}

export async function readCheckpoint(file: string, keys: AuditKeys): Promise<CheckpointRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { state: 'missing' };
    throw err;
  }
  if (text.endsWith('\n')) text = text.slice(0, -1);
  const at = text.lastIndexOf(SIG_OPEN);
  const m = at < 0 ? null : LAYOUT.exec(text.slice(0, at));
  const sig = at < 0 ? '' : text.slice(at + SIG_OPEN.length);
  if (!m || !/^[0-9a-f]{64}"\}$/.test(sig)) return { state: 'invalid', reason: 'checkpoint is malformed' };
  const body = text.slice(0, at);
  if (sign(keys, body) !== sig.slice(0, 64)) {
    return {
      state: 'invalid',
      reason:
        m[4] === keys.id
          ? 'checkpoint signature is invalid (checkpoint edited)'
          : `checkpoint was signed with another key (key id ${m[4]}, this key is ${keys.id}), or edited`,
    };
  }
  return { state: 'ok', checkpoint: { seq: Number(m[1]), mac: Buffer.from(m[2]!, 'hex'), time: m[3]! } };
}
