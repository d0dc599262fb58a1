// One octet per character: IA5 (dc 1), Latin-1 (dc 3), ISO-8859-5 Cyrillic (dc 6), ISO-8859-8 Hebrew (dc 7).
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { TextResult } from './types.js';

/**
 * IA5 is 7-bit (ITU-T T.50). Octets >= 0x80 are outside it: by default the text is refused (a firewall does not
 * guess); with 'latin1' they are read as Latin-1, which is what many legacy ESMEs mean. Never silently dropped.
 */
export function decodeIa5(bytes: Uint8Array, highBytes: 'reject' | 'latin1' = 'reject'): TextResult {
  if (highBytes === 'reject' && !isAscii(bytes)) return { ok: false, reason: 'IA5 text with an octet above 0x7F' };
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1') };
}

export function encodeIa5(text: string): Buffer | undefined {
  return /[^\x00-\x7f]/.test(text) ? undefined : Buffer.from(text, 'latin1');
}

export function decodeLatin1(bytes: Uint8Array): TextResult {
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1') };
}

export function encodeLatin1(text: string): Buffer | undefined {
  return /[^\x00-\xff]/.test(text) ? undefined : Buffer.from(text, 'latin1');
}

/** ISO-8859-x through ICU's decoder (fatal: an unassigned octet refuses the text); encoding by reverse table. */
export class IsoCodec {
  private readonly decoder: TextDecoder;
  private reverse: Map<number, number> | undefined;

  constructor(private readonly label: 'iso-8859-5' | 'iso-8859-8') {
    this.decoder = new TextDecoder(label, { fatal: true });
  }

  decode(bytes: Uint8Array): TextResult {
    try {
      return { ok: true, text: this.decoder.decode(bytes) };
    } catch {
      return { ok: false, reason: `octet not assigned in ${this.label}` };
    }
  }

  encode(text: string): Buffer | undefined {
    const map = (this.reverse ??= this.buildReverse());
    const out = Buffer.allocUnsafe(text.length);
    for (let i = 0; i < text.length; i++) {
      const b = map.get(text.charCodeAt(i));
      if (b === undefined) return undefined;
      out[i] = b;
    }
    return out;
  }

  private buildReverse(): Map<number, number> {
    const map = new Map<number, number>();
    const lenient = new TextDecoder(this.label);
    for (let b = 0; b < 256; b++) {
      const c = lenient.decode(Uint8Array.of(b));
      if (c.length === 1 && c !== '\ufffd') map.set(c.charCodeAt(0), b);
    }
    return map;
  }
}
