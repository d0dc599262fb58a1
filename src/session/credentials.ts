// Client passwords: plain text (allowed, with a warning at start-up) or scrypt hashes
// `scrypt$N$r$p$<salt b64>$<hash b64>` made by `phiwall hash-password`. Both compare in constant time.
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

const PREFIX = 'scrypt$';

export function isHashed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export async function hashPassword(password: string, cost = { N: 16384, r: 8, p: 1 }): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, 32, { ...cost, maxmem: 64 * 1024 * 1024 });
  return `${PREFIX}${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(stored: string, given: string): Promise<boolean> {
  if (!isHashed(stored)) {
    // Hash both sides first so the comparison is constant-time whatever the lengths.
    const a = createHash('sha256').update(stored, 'utf8').digest();
    const b = createHash('sha256').update(given, 'utf8').digest();
    return timingSafeEqual(a, b);
  }
  const parts = stored.split('$');
  if (parts.length !== 6) return false;
  const [, n, r, p, saltB64, hashB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashB64, 'base64');
  if (expected.length < 16) return false;
  try {
    const got = await scrypt(given, Buffer.from(saltB64, 'base64'), expected.length, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: 256 * 1024 * 1024,
    });
    return timingSafeEqual(got, expected);
  } catch {
    return false;
  }
}

/** Parses a stored scrypt hash far enough to reject malformed ones at config load. */
export function checkStoredPassword(stored: string): string | undefined {
  if (!isHashed(stored)) return undefined;
  const parts = stored.split('$');
  if (parts.length !== 6 || !/^\d+$/.test(parts[1]!) || !/^\d+$/.test(parts[2]!) || !/^\d+$/.test(parts[3]!)) {
    return 'malformed scrypt hash: expected scrypt$N$r$p$salt$hash';
  }
  return undefined;
}
