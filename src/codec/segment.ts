// Re-segmentation after a rewrite (redact/tokenize): text -> short_message parts, each with a concatenation
// UDH when there is more than one (3GPP TS 23.040 §9.2.3.24.1). GSM 7-bit when every character fits, else
// UCS-2. Limits are the 140 octets of TP-UD: 160 septets / 70 UCS-2 code units / 140 octets for one part,
// less the UDH. An escape pair (GSM) and a surrogate pair (UCS-2) are never split across parts.
import { encodeSeptets, gsm7CharSeptets } from './text/gsm7.js';
import { fillBitsFor, packSeptets } from './text/gsm7-pack.js';
import { encodeText } from './text/index.js';
import type { Charset } from './text/types.js';
import { buildUdh, concatElement, type UdhElement } from './udh.js';

export { dataCodingFor } from './text/dcs.js';

export interface SegmentOptions {
  /** Charset to use when the whole text fits it; otherwise UCS-2. */
  preferred: Charset;
  /** Concatenation reference shared by the parts. */
  ref: number;
  refBits?: 8 | 16;
  /** Elements to repeat in every part's UDH (e.g. application ports), after the concatenation element. */
  keepElements?: UdhElement[];
}

export interface Segmented {
  data_coding_charset: Charset;
  /** short_message octets, UDH included when udhi. */
  parts: Buffer[];
  /** Set esm_class UDHI (0x40) on every part. */
  udhi: boolean;
}

const TP_UD_OCTETS = 140;
const MAX_PARTS = 255;

type Unit = 'septet' | 'octet' | 'ucs2';

function unitOf(charset: Charset): Unit {
  return charset === 'gsm7' || charset === 'gsm7-packed' ? 'septet' : charset === 'ucs2' ? 'ucs2' : 'octet';
}

/** Capacity of one part in units, after a UDH of udhLength octets (0 for none). */
function capacity(unit: Unit, udhLength: number): number {
  const octets = TP_UD_OCTETS - udhLength;
  if (unit === 'septet') return Math.floor((octets * 8) / 7); // fill bits after the UDH included
  if (unit === 'ucs2') return Math.floor(octets / 2);
  return octets;
}

/** UTF-16 code units the character at i spans: 2 for a surrogate pair in UCS-2, else 1. */
function span(text: string, i: number, unit: Unit): number {
  const c = text.charCodeAt(i);
  return unit === 'ucs2' && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Units the character at i takes: septets (2 for an escaped one), UCS-2 code units, or octets. */
function units(text: string, i: number, unit: Unit, codeUnits: number): number {
  return unit === 'septet' ? gsm7CharSeptets(text.charCodeAt(i)) : codeUnits;
}

/** Splits text into chunks of at most `cap` units each, never inside a character. */
function split(text: string, unit: Unit, cap: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const s = span(text, i, unit);
    const u = units(text, i, unit, s);
    if (used + u > cap) {
      chunks.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += u;
    i += s;
  }
  chunks.push(text.slice(start));
  return chunks;
}

function total(text: string, unit: Unit): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const s = span(text, i, unit);
    n += units(text, i, unit, s);
    i += s;
  }
  return n;
}

function fits(text: string, charset: Charset): boolean {
  return encodeText(text, charset) !== undefined;
}

function payload(chunk: string, charset: Charset, udhLength: number): Buffer {
  if (charset === 'gsm7-packed') return packSeptets(encodeSeptets(chunk)!, fillBitsFor(udhLength));
  return encodeText(chunk, charset)!;
}

/** Undefined when the text has no encoding at all (a lone surrogate) or needs more than 255 parts. */
export function segmentText(text: string, opts: SegmentOptions): Segmented | undefined {
  let charset: Charset = opts.preferred;
  if (!fits(text, charset)) charset = 'ucs2';
  if (!fits(text, charset)) return undefined;
  const unit = unitOf(charset);
  const keep = opts.keepElements ?? [];
  const singleUdh = keep.length > 0 ? buildUdh(keep) : undefined;
  const singleUdhLength = singleUdh?.length ?? 0;
  if (total(text, unit) <= capacity(unit, singleUdhLength)) {
    const body = payload(text, charset, singleUdhLength);
    const part = singleUdh === undefined ? body : Buffer.concat([singleUdh, body]);
    return { data_coding_charset: charset, parts: [part], udhi: singleUdh !== undefined };
  }
  const refBits = opts.refBits ?? 8;
  const multiUdhLength = buildUdh([concatElement(0, 1, 1, refBits), ...keep]).length;
  const chunks = split(text, unit, capacity(unit, multiUdhLength));
  if (chunks.length > MAX_PARTS) return undefined;
  const parts = chunks.map((chunk, i) => {
    const udh = buildUdh([concatElement(opts.ref, chunks.length, i + 1, refBits), ...keep]);
    return Buffer.concat([udh, payload(chunk, charset, udh.length)]);
  });
  return { data_coding_charset: charset, parts, udhi: true };
}
