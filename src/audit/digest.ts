// Keyed hashes that let an auditor correlate records (same recipient, same text) without the record holding
// PHI. Keyed, so nobody without the audit key can confirm a guessed phone number or a guessed message.
import { createHmac } from 'node:crypto';
import type { AuditKeys } from './keys.js';

/** 128 bits: plenty to correlate, half the bytes of a full SHA-256 in every record. */
const HASH_HEX_CHARS = 32;

// Formatting that does not change which number is meant: "+1 (555) 123-4567" and "15551234567" agree.
const NUMBER_PUNCTUATION = /[\s+().-]/g;
const DIGITS = /^\d+$/;

/**
 * `hash` identifies the address; `last4` is the last four digits (or characters, for an alphanumeric
 * address), what a human auditor is used to seeing. Pass the address as the pipeline normalized it
 * (E.164 digits, ideally) so the same recipient always hashes the same.
 */
export function destinationDigest(keys: AuditKeys, address: string): { hash: string; last4: string } {
  const stripped = address.replace(NUMBER_PUNCTUATION, '');
  const normalized = DIGITS.test(stripped) ? stripped : address.trim().toLowerCase();
  const hash = createHmac('sha256', keys.destination).update(normalized, 'utf8').digest('hex').slice(0, HASH_HEX_CHARS);
  return { hash, last4: normalized.slice(-4) };
}

/** Keyed hash of the message bytes as received (before any redaction). */
export function contentDigest(keys: AuditKeys, bytes: Buffer): string {
  return createHmac('sha256', keys.content).update(bytes).digest('hex').slice(0, HASH_HEX_CHARS);
}
