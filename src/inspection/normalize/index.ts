// Normalization: the text detectors read, plus an exact map back to the original. Each unit (a character and
// the combining marks after it) goes through NFKC; invisible, bidi and tag characters are dropped; every
// decimal digit becomes ASCII; look-alike letters from other scripts fold to Latin; accents on Latin letters
// drop; letters typed for digits inside a number read as digits ("2O23"). Plain ASCII (most SMS) is its own normal form and takes the fast path. Both paths also build the
// compact view (spaced-out runs closed up) when the text has any.
import type { NormalizedText } from '../types.js';
import { compactView } from './compact.js';
import { foldDigitLookalike } from './confusables.js';
import { asciiDigit } from './digits.js';
import { foldChar, foldUnit, isMark } from './fold-unit.js';
import { foldLetterDigits } from './letter-digits.js';
import { lowerSameLength } from './lower.js';
import { Builder, sourceEnd, sourceStart } from './offset-map.js';

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
  const text = foldLetterDigits(original);
  return {
    original,
    text,
    lower: text.toLowerCase(),
    toOriginal(start: number, end: number): [number, number] {
      const s = Math.max(0, Math.min(start, n));
      return [s, Math.max(s, Math.min(end, n))];
    },
    compact: compactView(text),
  };
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
  const text = foldLetterDigits(b.text());
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
