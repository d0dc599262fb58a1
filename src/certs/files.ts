import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';

/**
 * Writes a PEM file atomically (temp file + rename) so a crash never leaves half a key behind.
 * Private keys are created 0600 and never pass through a wider mode.
 */
export async function writePem(path: string, pem: string, kind: 'private' | 'public'): Promise<void> {
  const mode = kind === 'private' ? 0o600 : 0o644;
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, pem, { mode, flag: 'wx' });
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** The file's text, or undefined when it does not exist. */
export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Narrows a key file readable by group or others to 0600; returns true when it had to. */
export async function tightenKeyMode(path: string): Promise<boolean> {
  const { mode } = await stat(path);
  if ((mode & 0o077) === 0) return false;
  await chmod(path, 0o600);
  return true;
}
