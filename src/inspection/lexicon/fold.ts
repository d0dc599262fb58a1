// Lookup keys: lower-case, diacritics folded, apostrophes dropped, so "José", "JOSE" and "jose" meet, and so do
// "O'Brien" and "Obrien". The name lexicon generator applies the same folding to its sources.

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ`]/g;
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', œ: 'oe', đ: 'd', ß: 'ss', æ: 'ae', ı: 'i' };
const SPECIAL_RE = /[łøœđßæı]/g;

/** Folds an already lower-cased word that contains non-ASCII letters or apostrophes. */
export function foldKey(lower: string): string {
  let s = lower.replace(APOSTROPHES, '');
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      s = s.normalize('NFD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
      break;
    }
  }
  return s;
}
