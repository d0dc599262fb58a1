// Normalization: the text detectors read, plus an exact map back to the original. Plain ASCII (most SMS)
// is its own normal form and takes the fast path; anything else is rebuilt unit by unit.
import type { NormalizedText } from '../types.js';
import { compactView } from './compact.js';
import { foldDigitLookalike } from './confusables.js';
import { asciiDigit } from './digits.js';
import { foldUnit, isMark } from './fold-unit.js';
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

/** Output built piece by piece, each output code unit remembering the source span it came from. */
class Builder {
  text = '';
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(piece: string, from: number, to: number, identity: boolean): void {
    const need = this.length + piece.length;
    if (need > this.starts.length) this.grow(need);
    for (let k = 0; k < piece.length; k++) {
      this.starts[this.length + k] = identity ? from + k : from;
      this.ends[this.length + k] = identity ? from + k + 1 : to;
    }
    this.text += piece;
    this.length = need;
  }

  private grow(need: number): void {
    const size = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

function rebuilt(original: string): NormalizedText {
  const n = original.length;
  const b = new Builder(n + 16);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && original.charCodeAt(j) < 0x80) j++;
    // An ASCII letter followed by combining marks belongs to the unit after it.
    if (j < n && j > i && isMark(original.codePointAt(j) as number)) j--;
    if (j > i) {
      b.push(original.slice(i, j), i, j, true);
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
    const unit = original.slice(i, end);
    const lookalike = foldDigitLookalike(cp);
    const piece =
      lookalike !== undefined && end - i === unit.length && digitAround(b.text, original, end) ? lookalike : foldUnit(unit);
    if (piece.length > 0) b.push(piece, i, end, false);
    i = end;
  }
  const text = b.text;
  const { starts, ends } = b;
  const len = b.length;
  return {
    original,
    text,
    lower: lowerSameLength(text),
    toOriginal(start: number, end: number): [number, number] {
      const s = Math.max(0, Math.min(start, len));
      const e = Math.max(s, Math.min(end, len));
      if (e === s) {
        const p = s < len ? starts[s] : n;
        return [p, p];
      }
      return [starts[s], ends[e - 1]];
    },
    compact: compactView(text),
  };
}

/** Whether the output so far ends in a digit or the source continues with one (for "З" read as 3). */
function digitAround(soFar: string, original: string, next: number): boolean {
  const prev = soFar.charCodeAt(soFar.length - 1);
  if (prev >= 48 && prev <= 57) return true;
  if (next >= original.length) return false;
  return asciiDigit(original.codePointAt(next) as number) !== undefined;
}
