// Just enough GSM 03.38 and UCS-2 to put realistic texts on the wire. data_coding 0 is sent unpacked (one septet
// per octet), as SMPP carriers expect; a text with any character outside GSM 03.38 goes as UCS-2 (data_coding 8).

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION: Record<string, number> = { '\f': 0x0a, '^': 0x14, '{': 0x28, '}': 0x29, '\\': 0x2f, '[': 0x3c, '~': 0x3d, ']': 0x3e, '|': 0x40, '€': 0x65 };

const basicCode = new Map<string, number>();
for (let i = 0; i < BASIC.length; i++) if (i !== 0x1b) basicCode.set(BASIC[i]!, i);

/** GSM 03.38 septets, one per octet; undefined when the text has a character the alphabet lacks. */
export function encodeGsm7(text: string): Buffer | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const code = basicCode.get(ch);
    if (code !== undefined) out.push(code);
    else if (ch in EXTENSION) out.push(0x1b, EXTENSION[ch]!);
    else return undefined;
  }
  return Buffer.from(out);
}

export function encodeUcs2(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return le.swap16();
}

export const DataCoding = { gsm7: 0x00, ucs2: 0x08 } as const;

/**
 * Cuts encoded text into parts of at most `max` octets without splitting a GSM escape pair or a UTF-16
 * surrogate pair (3GPP TS 23.040 §9.2.3.24.1 concatenation).
 */
export function splitEncoded(text: Buffer, dataCoding: number, max: number): Buffer[] {
  const parts: Buffer[] = [];
  let off = 0;
  while (off < text.length) {
    let end = Math.min(off + max, text.length);
    if (end < text.length) {
      if (dataCoding === DataCoding.ucs2) {
        const hi = text.readUInt16BE(end - 2);
        if (hi >= 0xd800 && hi <= 0xdbff) end -= 2;
      } else if (text[end - 1] === 0x1b) {
        end -= 1;
      }
    }
    parts.push(text.subarray(off, end));
    off = end;
  }
  return parts;
}

/** Drops a dangling GSM escape or UTF-16 high surrogate left at the end by a cut. */
export function trimEncoded(text: Buffer, dataCoding: number): Buffer {
  if (dataCoding === DataCoding.ucs2) {
    if (text.length >= 2) {
      const last = text.readUInt16BE(text.length - 2);
      if (last >= 0xd800 && last <= 0xdbff) return text.subarray(0, text.length - 2);
    }
    return text;
  }
  return text[text.length - 1] === 0x1b ? text.subarray(0, text.length - 1) : text;
}
