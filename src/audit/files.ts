// Where the audit trail lives on disk. `audit.log` is the current file; rotated files are named by the seq of
// their first record, zero-padded so `ls` lists them in chain order: `audit.log.000000000001`,
// `audit.log.000000004097`, ... The signed checkpoint is `audit.log.checkpoint`.
import type { Dirent } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors.js';

const SEQ_DIGITS = 12;

export function rotatedPath(path: string, firstSeq: number): string {
  return `${path}.${String(firstSeq).padStart(SEQ_DIGITS, '0')}`;
}

export function checkpointPath(path: string): string {
  return `${path}.checkpoint`;
}

export interface AuditFile {
  path: string;
  /** For a rotated file, the first seq its name claims; undefined for the current file. */
  firstSeq?: number;
}

/** Rotated files in chain order, then the current file if it exists. */
export async function listAuditFiles(path: string): Promise<AuditFile[]> {
  const dir = dirname(path);
  const base = basename(path);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw err;
  }
  const rotated: AuditFile[] = [];
  let current = false;
  for (const entry of entries) {
    const name = entry.name;
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    if (name === base) current = true;
    else if (name.startsWith(base + '.') && /^\d+$/.test(name.slice(base.length + 1))) {
      rotated.push({ path: join(dir, name), firstSeq: Number(name.slice(base.length + 1)) });
    }
  }
  rotated.sort((a, b) => a.firstSeq! - b.firstSeq!);
  if (current) rotated.push({ path });
  return rotated;
}

/** Makes a rename or a file creation in `dir` durable. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
