// UCS-2 as carried by data_coding 8: read as UTF-16BE so surrogate pairs (emoji) survive. An odd octet count
// or a lone surrogate has no faithful reading, so the text is refused.
import type { TextResult } from './types.js';

interface WellFormed {
  isWellFormed(): boolean; // ES2024, in Node 20's V8
}

export function decodeUcs2(bytes: Uint8Array): TextResult {
  if (bytes.length % 2 !== 0) return { ok: false, reason: 'UCS-2 text with an odd number of octets' };
  const le = Buffer.allocUnsafe(bytes.length);
  le.set(bytes);
  le.swap16();
  const text = le.toString('utf16le');
  if (!(text as unknown as WellFormed).isWellFormed()) return { ok: false, reason: 'UCS-2 text with a lone surrogate' };
  return { ok: true, text };
}

/** UTF-16BE octets; undefined for a string with a lone surrogate. */
export function encodeUcs2(text: string): Buffer | undefined {
  if (!(text as unknown as WellFormed).isWellFormed()) return undefined;
  return Buffer.from(text, 'utf16le').swap16();
}
