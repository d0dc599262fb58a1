// Text codecs for short_message / message_payload. Decoding never throws and never guesses: when the octets
// have no faithful reading in the charset, the verdict is {ok:false} and the caller refuses the message.
import { decodeSeptets, encodeSeptets } from './gsm7.js';
import { packSeptets, unpackSeptets } from './gsm7-pack.js';
import { decodeMultiByte } from './multi-byte.js';
import { decodeIa5, decodeLatin1, encodeIa5, encodeLatin1, IsoCodec } from './single-byte.js';
import type { Charset, DecodeTextOptions, TextResult } from './types.js';
import { decodeUcs2, encodeUcs2 } from './ucs2.js';

export type { Charset, DecodeTextOptions, DefaultAlphabet, TextResult } from './types.js';
export { charsetOf, dataCodingFor, type TextKind } from './dcs.js';
export { decodeSeptets, encodeSeptets, gsm7Septets } from './gsm7.js';
export { fillBitsFor, packSeptets, unpackSeptets } from './gsm7-pack.js';

const cyrillic = new IsoCodec('iso-8859-5');
const hebrew = new IsoCodec('iso-8859-8');

export function decodeText(bytes: Uint8Array, charset: Charset, opts?: DecodeTextOptions): TextResult {
  switch (charset) {
    case 'gsm7':
      return decodeSeptets(bytes, 0, bytes.length, opts);
    case 'gsm7-packed': {
      const septets = unpackSeptets(bytes, opts?.fillBits ?? 0, opts?.septets);
      return decodeSeptets(septets, 0, septets.length, opts);
    }
    case 'ia5':
      return decodeIa5(bytes, opts?.ia5HighBytes);
    case 'latin1':
      return decodeLatin1(bytes);
    case 'ucs2':
      return decodeUcs2(bytes);
    case 'iso-8859-5':
      return cyrillic.decode(bytes);
    case 'iso-8859-8':
      return hebrew.decode(bytes);
    case 'shift_jis':
    case 'iso-2022-jp':
    case 'euc-kr':
      return decodeMultiByte(bytes, charset);
    default:
      return { ok: false, reason: 'unknown charset' };
  }
}

/**
 * Encodes text in a charset; undefined when a character is not representable (callers then fall back to
 * UCS-2, dc 8) or when Node has no encoder for the charset (shift_jis, iso-2022-jp, euc-kr).
 * GSM output uses the default alphabet and extension table only (no national shift tables).
 */
export function encodeText(text: string, charset: Charset): Buffer | undefined {
  switch (charset) {
    case 'gsm7':
      return encodeSeptets(text);
    case 'gsm7-packed': {
      const septets = encodeSeptets(text);
      return septets === undefined ? undefined : packSeptets(septets);
    }
    case 'ia5':
      return encodeIa5(text);
    case 'latin1':
      return encodeLatin1(text);
    case 'ucs2':
      return encodeUcs2(text);
    case 'iso-8859-5':
      return cyrillic.encode(text);
    case 'iso-8859-8':
      return hebrew.encode(text);
    default:
      return undefined;
  }
}
