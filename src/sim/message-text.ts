import smpp from 'smpp';

// SMPP 3.4 §5.2.12 esm_class bit 6: short_message starts with a user data header.
const UDHI = 0x40;

export interface UserData {
  udh: Buffer | undefined;
  text: string | undefined;
}

/** Splits off the UDH and decodes the text by data_coding (SMPP 3.4 §5.2.19); binary codings give no text. */
export function userData(bytes: Buffer, esmClass: number, dataCoding: number): UserData {
  let body = bytes;
  let udh: Buffer | undefined;
  if (esmClass & UDHI && bytes.length > 0) {
    const udhLength = Math.min(bytes[0]! + 1, bytes.length);
    udh = bytes.subarray(0, udhLength);
    body = bytes.subarray(udhLength);
  }
  return { udh, text: decodeText(body, dataCoding) };
}

function decodeText(body: Buffer, dataCoding: number): string | undefined {
  switch (dataCoding) {
    case 0x00:
      return smpp.gsmCoder.decode(body, 0);
    case 0x01:
      return body.toString('ascii');
    case 0x03:
      return body.toString('latin1');
    case 0x08:
      return decodeUcs2(body);
    default:
      // 0xF0-0xFF: bit 2 clear means GSM default alphabet (GSM 03.38 §4)
      if ((dataCoding & 0xf0) === 0xf0 && (dataCoding & 0x04) === 0) return smpp.gsmCoder.decode(body, 0);
      return undefined;
  }
}

function decodeUcs2(body: Buffer): string {
  const even = Buffer.from(body.subarray(0, body.length & ~1));
  return even.swap16().toString('utf16le');
}

/** GSM 03.38 (data_coding 0) when every character is in that alphabet, else UCS-2 (data_coding 8). */
export function encodeText(text: string): { data_coding: number; bytes: Buffer } {
  if (smpp.encodings.ASCII.match(text)) return { data_coding: 0x00, bytes: smpp.gsmCoder.encode(text, 0) };
  return { data_coding: 0x08, bytes: Buffer.from(text, 'utf16le').swap16() };
}
