// One source unit (a base character and the combining marks after it) to its detector form.
import { foldConfusable } from './confusables.js';
import { asciiDigit } from './digits.js';
import { isInvisible } from './invisible.js';

const MARK = /^\p{M}$/u;
// Lazily filled per BMP code point: 0 unknown, 1 mark, 2 not a mark. Marks are tested once per character.
const markBmp = new Uint8Array(0x10000);

export function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp < 0x10000) {
    let known = markBmp[cp];
    if (known === 0) markBmp[cp] = known = MARK.test(String.fromCharCode(cp)) ? 1 : 2;
    return known === 1;
  }
  return MARK.test(String.fromCodePoint(cp));
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;
// Units of one BMP character (nearly all of them) skip the string-keyed map.
const single: (string | undefined)[] = new Array(0x10000);

/** `foldUnit` of the single BMP character `code`. */
export function foldChar(code: number): string {
  let hit = single[code];
  if (hit === undefined) single[code] = hit = compute(String.fromCharCode(code));
  return hit;
}

/**
 * NFKC, then per code point: drop invisibles, map decimal digits to ASCII, fold confusables, and drop the
 * combining marks on a letter that folded to ASCII (so "é", "e\u0301" and "e\u0338" all read "e"). Marks on
 * other scripts are kept (they carry meaning there) and recomposed.
 */
export function foldUnit(unit: string): string {
  const hit = cache.get(unit);
  if (hit !== undefined) return hit;
  const folded = compute(unit);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(unit, folded);
  return folded;
}

function compute(unit: string): string {
  const nfkc = unit.normalize('NFKC');
  if (isAscii(nfkc)) return nfkc;
  let out = '';
  let asciiBase = false;
  let keptNonAscii = false;
  for (const ch of nfkc.normalize('NFKD')) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      out += ch;
      asciiBase = true;
      continue;
    }
    if (isInvisible(cp)) continue;
    if (isMark(cp)) {
      if (asciiBase) continue;
      out += ch;
      keptNonAscii = true;
      continue;
    }
    const mapped = asciiDigit(cp) ?? foldConfusable(cp);
    if (mapped !== undefined) {
      out += mapped;
      asciiBase = true;
    } else {
      out += ch;
      asciiBase = false;
      keptNonAscii = true;
    }
  }
  // Undo the decomposition for what stayed non-ASCII (Hangul, Indic marks, ...).
  return keptNonAscii ? out.normalize('NFC') : out;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
