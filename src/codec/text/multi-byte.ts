// Multi-octet East Asian charsets through ICU (Node's TextDecoder with full ICU). Decode only: Node has no
// encoder for them, so a rewrite falls back to UCS-2.
import { TextDecoder } from 'node:util';
import type { TextResult } from './types.js';

export type MultiByteCharset = 'shift_jis' | 'iso-2022-jp' | 'euc-kr';

const decoders = new Map<MultiByteCharset, TextDecoder>();

export function decodeMultiByte(bytes: Uint8Array, charset: MultiByteCharset): TextResult {
  let d = decoders.get(charset);
  if (d === undefined) {
    d = new TextDecoder(charset, { fatal: true });
    decoders.set(charset, d);
  }
  try {
    return { ok: true, text: d.decode(bytes) };
  } catch {
    return { ok: false, reason: `octets not valid ${charset}` };
  }
}
