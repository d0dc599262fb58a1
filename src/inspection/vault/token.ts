// Tokens are random, never derived from the value: Crockford base32 (no I, L, O, U, so a token read aloud
// or retyped from a phone survives), drawn from crypto.randomBytes. 32 divides 256, so taking 5 bits of
// each byte is unbiased.
import { randomBytes } from 'node:crypto';

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const MIN_TOKEN_LENGTH = 4;
export const MAX_TOKEN_LENGTH = 16;

// Refilling a pool costs one randomBytes call per ~800 tokens instead of one per token.
const POOL_SIZE = 4096;
let pool = Buffer.alloc(0);
let pos = 0;

export function randomToken(length: number): string {
  if (pos + length > pool.length) {
    pool = randomBytes(POOL_SIZE);
    pos = 0;
  }
  let token = '';
  for (let i = 0; i < length; i++) token += CROCKFORD[pool[pos++]! & 31];
  return token;
}

const DECODE_ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

/**
 * A token as typed by a person (lower case, hyphens, I/L for 1, O for 0) in canonical form, or undefined if
 * it cannot be a token of this length.
 */
export function normalizeToken(input: string, length: number): string | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  let out = '';
  for (const ch of input.toUpperCase()) {
    if (ch === '-' || ch === ' ') continue;
    const c = DECODE_ALIASES[ch] ?? ch;
    if (!CROCKFORD.includes(c)) return undefined;
    out += c;
  }
  return out.length === length ? out : undefined;
}
