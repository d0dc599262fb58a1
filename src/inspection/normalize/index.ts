// Normalization: the text detectors read, plus an exact map back to the original. Plain ASCII (most SMS)
// is its own normal form and takes the fast path; anything else is rebuilt unit by unit.
import type { NormalizedText } from '../types.js';
import { compactView } from './compact.js';
import { foldDigitLookalike } from './confusables.js';
import { asciiDigit } from './digits.js';
import { foldChar, foldUnit, isMark } from './fold-unit.js';
import { lowerSameLength } from './lower.js';

export { compactView } from './compact.js';

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

export function normalize(original: string): NormalizedText {
  if (isAsciiOnly(original)) return plain(original);
  return rebuilt(original);
}

function plain(original: string): NormalizedText {
  const n = original.length;
  return {
    original,
    text: original,
    lower: original.toLowerCase(),
    toOriginal(start: number, end: number): [number, number] {
      const s = Math.max(0, Math.min(start, n));
      return [s, Math.max(s, Math.min(end, n))];
    },
    compact: compactView(original),
  };
}

/**
 * Output built piece by piece with an offset map kept as segments, not per character: a segment is either
 * "shifted" (output unit k maps to source unit from + k; ASCII runs and one-for-one characters) or a "unit"
 * (every output unit maps to the whole source unit [from, to): expansions, astral characters, marks).
 * Consecutive one-for-one pieces share a segment, so a message with a few special characters has a few.
 */
// Output code units go to one scratch buffer, reused by every call (normalize is synchronous), and become a
// string in one decode: far cheaper than joining hundreds of one-character pieces.
let scratch = new Uint16Array(1024);
const utf16 = new TextDecoder('utf-16le');

class Builder {
  length = 0;
  /** Last output code unit (for the digit look-alike rule), or -1. */
  lastCode = -1;
  /** Flat triples: output start, source start, source end of a unit segment or -1 for a shifted one. */
  segs: number[] = [];
  private lastShiftedEnd = -1;

  /** Source units [from, to), all ASCII, copied as they are. */
  pushAscii(original: string, from: number, to: number): void {
    if (this.lastShiftedEnd !== from) this.segs.push(this.length, from, -1);
    this.lastShiftedEnd = to;
    const need = this.length + (to - from);
    if (need > scratch.length) {
      const bigger = new Uint16Array(Math.max(need, scratch.length * 2));
      bigger.set(scratch.subarray(0, this.length));
      scratch = bigger;
    }
    for (let k = from, o = this.length; k < to; k++, o++) scratch[o] = original.charCodeAt(k);
    this.length = need;
    this.lastCode = original.charCodeAt(to - 1);
  }

  /** `shifted`: each output unit of `piece` comes from the source unit at the same distance from `from`. */
  push(piece: string, from: number, to: number, shifted: boolean): void {
    if (shifted) {
      // One-for-one: extend the open shifted segment when the source continues it.
      if (this.lastShiftedEnd !== from) this.segs.push(this.length, from, -1);
      this.lastShiftedEnd = to;
    } else {
      this.segs.push(this.length, from, to);
      this.lastShiftedEnd = -1;
    }
    const need = this.length + piece.length;
    if (need > scratch.length) {
      const bigger = new Uint16Array(Math.max(need, scratch.length * 2));
      bigger.set(scratch.subarray(0, this.length));
      scratch = bigger;
    }
    for (let k = 0; k < piece.length; k++) scratch[this.length + k] = piece.charCodeAt(k);
    this.length = need;
    this.lastCode = piece.charCodeAt(piece.length - 1);
  }

  /** The output so far. Lone surrogates (malformed input) come out as U+FFFD, one unit for one. */
  text(): string {
    return utf16.decode(scratch.subarray(0, this.length));
  }
}

/** Index of the segment holding output unit `o` (segments sorted by output start). */
function segmentAt(segs: number[], o: number): number {
  let lo = 0;
  let hi = segs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid * 3] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}

function sourceStart(segs: number[], o: number): number {
  const k = segmentAt(segs, o);
  return segs[k + 2] < 0 ? segs[k + 1] + (o - segs[k]) : segs[k + 1];
}

function sourceEnd(segs: number[], o: number): number {
  const k = segmentAt(segs, o);
  return segs[k + 2] < 0 ? segs[k + 1] + (o - segs[k]) + 1 : segs[k + 2];
}

function rebuilt(original: string): NormalizedText {
  const n = original.length;
  const b = new Builder();
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && original.charCodeAt(j) < 0x80) j++;
    // An ASCII letter followed by combining marks belongs to the unit after it.
    if (j < n && j > i && isMark(original.codePointAt(j) as number)) j--;
    if (j > i) {
      b.pushAscii(original, i, j);
      i = j;
      continue;
    }
    const cp = original.codePointAt(i) as number;
    let end = i + (cp > 0xffff ? 2 : 1);
    while (end < n) {
      const next = original.codePointAt(end) as number;
      if (!isMark(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    const lookalike = foldDigitLookalike(cp);
    // A lone surrogate (malformed UTF-16) reads as U+FFFD, so two halves never pair up once what was
    // between them is stripped.
    const piece =
      cp >= 0xd800 && cp <= 0xdfff
        ? '\ufffd'
        : lookalike !== undefined && end - i === 1 && digitAround(b.lastCode, original, end)
        ? lookalike
        : end - i === 1
          ? foldChar(cp)
          : foldUnit(original.slice(i, end));
    if (piece.length > 0) b.push(piece, i, end, end - i === 1 && piece.length === 1);
    i = end;
  }
  const text = b.text();
  const segs = b.segs;
  const len = text.length;
  return {
    original,
    text,
    lower: lowerSameLength(text),
    toOriginal(start: number, end: number): [number, number] {
      const s = Math.max(0, Math.min(start, len));
      const e = Math.max(s, Math.min(end, len));
      if (e === s) {
        const p = s < len ? sourceStart(segs, s) : n;
        return [p, p];
      }
      return [sourceStart(segs, s), sourceEnd(segs, e - 1)];
    },
    compact: compactView(text),
  };
}

/** Whether the output so far ends in a digit or the source continues with one (for "З" read as 3). */
function digitAround(prev: number, original: string, next: number): boolean {
  if (prev >= 48 && prev <= 57) return true;
  if (next >= original.length) return false;
  return asciiDigit(original.codePointAt(next) as number) !== undefined;
}
