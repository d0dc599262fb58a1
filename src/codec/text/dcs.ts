// data_coding -> charset: SMPP 3.4 §5.2.19 for 0x00-0x0F, 3GPP TS 23.038 §4 (SMS Data Coding Scheme) above.
import type { Charset, DefaultAlphabet } from './types.js';

/**
 * 'binary': 8-bit data, not text. 'unsupported': text phiwall cannot read (reserved values, pictograms, JIS X
 * 0212, compressed text): a firewall should refuse it rather than pass it as binary.
 */
export type TextKind = Charset | 'binary' | 'unsupported';

export function charsetOf(data_coding: number, defaultAlphabet: DefaultAlphabet): TextKind {
  const dc = data_coding & 0xff;
  // GSM 7-bit in a DCS group is carried like dc 0 by the same SMSC: packed only if its dc 0 is packed.
  const gsm: Charset = defaultAlphabet === 'gsm7-packed' ? 'gsm7-packed' : 'gsm7';
  if (dc <= 0x0f) {
    switch (dc) {
      case 0x00:
        return defaultAlphabet; // SMSC default alphabet
      case 0x01:
        return 'ia5';
      case 0x02: // octet unspecified (8-bit binary)
      case 0x04:
        return 'binary';
      case 0x03:
        return 'latin1';
      case 0x05: // JIS (X 0208-1990), as Shift_JIS in practice
        return 'shift_jis';
      case 0x06:
        return 'iso-8859-5';
      case 0x07:
        return 'iso-8859-8';
      case 0x08:
        return 'ucs2';
      case 0x0a: // ISO-2022-JP (Music Codes)
        return 'iso-2022-jp';
      case 0x0e: // KS C 5601
        return 'euc-kr';
      default: // 0x09 pictogram, 0x0D JIS X 0212, 0x0B/0x0C/0x0F reserved
        return 'unsupported';
    }
  }
  // 00xxxxxx general data coding, 01xxxxxx the same with automatic deletion:
  // bit 5 compressed, bits 3-2 alphabet (00 GSM 7-bit, 01 8-bit data, 10 UCS2, 11 reserved).
  if (dc < 0x80) {
    if (dc & 0x20) return 'unsupported'; // compressed (TS 23.042): we cannot inspect it
    switch ((dc >>> 2) & 0x03) {
      case 0:
        return gsm;
      case 1:
        return 'binary';
      case 2:
        return 'ucs2';
      default:
        return 'unsupported';
    }
  }
  if (dc < 0xc0) return 'unsupported'; // 1000xxxx-1011xxxx reserved coding groups
  if (dc < 0xe0) return gsm; // 1100xxxx / 1101xxxx message waiting indication, GSM 7-bit
  if (dc < 0xf0) return 'ucs2'; // 1110xxxx message waiting indication, UCS2
  return dc & 0x04 ? 'binary' : gsm; // 1111xxxx data coding/message class: bit 2 is 8-bit data
}

/** The data_coding byte to send for a charset phiwall produced. */
export function dataCodingFor(charset: Charset): number {
  switch (charset) {
    case 'gsm7':
    case 'gsm7-packed':
      return 0x00;
    case 'ia5':
      return 0x01;
    case 'latin1':
      return 0x03;
    case 'shift_jis':
      return 0x05;
    case 'iso-8859-5':
      return 0x06;
    case 'iso-8859-8':
      return 0x07;
    case 'ucs2':
      return 0x08;
    case 'iso-2022-jp':
      return 0x0a;
    case 'euc-kr':
      return 0x0e;
  }
}
