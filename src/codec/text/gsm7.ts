// GSM 7-bit default alphabet (3GPP TS 23.038 §6.2.1) over septet arrays: one septet per array element.
// Packing to octets lives in gsm7-pack.ts. A firewall must never read text wrongly, so anything the spec does
// not define (octets >= 0x80, a dangling escape, the 0x1B 0x1B escape to an undefined table, national tables
// we lack) makes the text not decodable rather than guessed.
import { DEFAULT_EXTENSION, DEFAULT_TABLE, LOCKING_SHIFT_TABLES, SINGLE_SHIFT_TABLES } from './gsm7-tables.js';
import type { TextResult } from './types.js';

export const ESC = 0x1b;

function codes(table: string): Uint16Array {
  const a = new Uint16Array(128);
  for (let i = 0; i < 128; i++) a[i] = table.charCodeAt(i);
  return a;
}

const lockingCodes = new Map<number, Uint16Array>();
const singleCodes = new Map<number, Uint16Array>();
for (const [id, t] of Object.entries(LOCKING_SHIFT_TABLES)) lockingCodes.set(Number(id), codes(t));
for (const [id, t] of Object.entries(SINGLE_SHIFT_TABLES)) singleCodes.set(Number(id), codes(t));

// Encoder: UTF-16 code unit -> septet (0-127), 0x100 | septet for the extension table, -1 when absent.
const encodeMap = new Int16Array(0x10000).fill(-1);
for (let s = 0; s < 128; s++) {
  if (s !== ESC) encodeMap[DEFAULT_TABLE.charCodeAt(s)] = s;
}
for (let s = 0; s < 128; s++) {
  const c = DEFAULT_EXTENSION.charCodeAt(s);
  if (c !== 0 && encodeMap[c] === -1) encodeMap[c] = 0x100 | s;
}

let scratch = Buffer.allocUnsafe(1024); // decoded output, reused

export interface ShiftTables {
  singleShift?: number;
  lockingShift?: number;
}

const NOT_SEPTET = 'octet above 0x7F is not a GSM septet';
const WIDE = -1; // a character above U+00FF: redo the decode with two bytes per character

/**
 * Writes the decoded text into scratch, one byte per character (latin1) or two (UTF-16LE, when wide), and
 * returns the byte count, WIDE when a narrow pass meets a character above U+00FF, or a reason string.
 */
function decodeInto(septets: Uint8Array, start: number, end: number, basic: Uint16Array, ext: Uint16Array, wide: boolean): number | string {
  let n = 0;
  for (let i = start; i < end; i++) {
    let s = septets[i]!;
    if (s > 0x7f) return NOT_SEPTET;
    let c: number;
    if (s === ESC) {
      if (++i >= end) return 'escape (0x1B) at the end of the text';
      s = septets[i]!;
      if (s > 0x7f) return NOT_SEPTET;
      if (s === ESC) return 'escape to an undefined extension table (0x1B 0x1B)';
      c = ext[s]!;
      // §6.2.1.1: a code with no extension character is shown as the basic table's character.
      if (c === 0) c = basic[s]!;
    } else {
      c = basic[s]!;
    }
    if (wide) {
      scratch[n++] = c & 0xff;
      scratch[n++] = c >>> 8;
    } else if (c > 0xff) {
      return WIDE;
    } else {
      scratch[n++] = c;
    }
  }
  return n;
}

/** Decodes septets[start, end) (each element 0-127) with the default or the signalled national tables. */
export function decodeSeptets(septets: Uint8Array, start: number, end: number, shift?: ShiftTables): TextResult {
  const basic = lockingCodes.get(shift?.lockingShift ?? 0);
  if (basic === undefined) return { ok: false, reason: 'national language locking shift table not supported' };
  const ext = singleCodes.get(shift?.singleShift ?? 0);
  if (ext === undefined) return { ok: false, reason: 'national language single shift table not supported' };
  if (scratch.length < (end - start) * 2) scratch = Buffer.allocUnsafe((end - start) * 2);
  // Most GSM text (Latin letters, digits) fits one byte per character: V8 then keeps a one-byte string,
  // which is also faster for the detectors' regular expressions.
  let n = decodeInto(septets, start, end, basic, ext, false);
  if (n === WIDE) {
    n = decodeInto(septets, start, end, basic, ext, true);
    if (typeof n === 'number') return { ok: true, text: scratch.toString('utf16le', 0, n) };
  }
  if (typeof n === 'string') return { ok: false, reason: n };
  return { ok: true, text: scratch.toString('latin1', 0, n) };
}

/** Septets needed for text in the default alphabet (escaped characters count 2), or undefined if one is missing. */
export function gsm7Septets(text: string): number | undefined {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const e = encodeMap[text.charCodeAt(i)]!;
    if (e < 0) return undefined;
    n += e > 0xff ? 2 : 1;
  }
  return n;
}

/** Septets for the text per character: 1 or 2 (escaped), or 0 when the character is not representable. */
export function gsm7CharSeptets(code: number): number {
  const e = encodeMap[code]!;
  return e < 0 ? 0 : e > 0xff ? 2 : 1;
}

/** Encodes to septets (one per octet) in the default alphabet; undefined if a character is not representable. */
export function encodeSeptets(text: string): Buffer | undefined {
  const count = gsm7Septets(text);
  if (count === undefined) return undefined;
  const out = Buffer.allocUnsafe(count);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const e = encodeMap[text.charCodeAt(i)]!;
    if (e > 0xff) {
      out[w++] = ESC;
      out[w++] = e & 0x7f;
    } else {
      out[w++] = e;
    }
  }
  return out;
}
