// When does a labeled value reach the carrier? Compared on canonical forms, so disguises and partial
// redaction do not hide a leak:
//   canonical = invisible characters (zero-width, soft hyphen, bidi and other format chars) removed,
//               NFKD with combining marks dropped (fullwidth -> ASCII, é -> e), Cyrillic/Greek look-alikes
//               folded to Latin, every decimal digit (Arabic-Indic, ...) to ASCII, lower-cased.
//   words     = canonical text with every run of non-letters/digits turned into one space.
//   compact   = canonical text with separators people put inside numbers (space . - / ( ) + _ , :) removed.
// A value's "pieces" are: the whole value (words form); any run of its words holding at least half of its
// letters and digits (and at least 3); for names, any single name part of 4+ letters; for values of 6+
// letters/digits that include a digit, any stretch of half its length (compact form) that includes a digit.
// url and email leak only whole, or through an id-like part (a word with a digit, or the e-mail local part).
// A value LEAKS when some piece occurs more often in the carrier's text than in the original message with
// every labeled value masked out (so the same word elsewhere in the message is not counted against it).
// A blocked message leaks nothing.
import type { CorpusLabel } from './accuracy-corpus.js';

const INVISIBLE = /[\p{Cf}\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu;
const MARKS = /\p{M}/gu;

// Cyrillic and Greek letters that render like Latin ones.
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', ӏ: 'l', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ϲ: 'c', ϳ: 'j',
};

// First code point of each block of ten decimal digits outside ASCII that people actually type.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];

function foldChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x80) return c;
  for (const zero of DIGIT_ZEROS) if (cp >= zero && cp < zero + 10) return String(cp - zero);
  return LOOKALIKES[c] ?? c;
}

export function canonical(text: string): string {
  const base = text.replace(INVISIBLE, '').normalize('NFKD').replace(MARKS, '').toLowerCase();
  let out = '';
  for (const c of base) out += foldChar(c);
  return out;
}

export const wordsForm = (text: string): string => canonical(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
export const compactForm = (text: string): string =>
  canonical(text).replace(/[\s.\-/()+_,:]+/g, '').replace(/[^\p{L}\p{N}]+/gu, '|');

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string | undefined): boolean => c !== undefined && c !== ' ';

/** Occurrences of a words-form piece that start and end on a letter/digit boundary. */
function countWords(haystack: string, piece: string): number {
  let n = 0;
  for (let i = haystack.indexOf(piece); i >= 0; i = haystack.indexOf(piece, i + 1)) {
    const before = haystack[i - 1];
    const after = haystack[i + piece.length];
    // "93" may touch letters ("93yo") and "hiv" may touch digits, but not the same class of character.
    const startOk = !isAlnum(before) || isDigit(before) !== isDigit(piece[0]);
    const endOk = !isAlnum(after) || isDigit(after) !== isDigit(piece[piece.length - 1]);
    if (startOk && endOk) n++;
  }
  return n;
}

function countPlain(haystack: string, piece: string): number {
  let n = 0;
  for (let i = haystack.indexOf(piece); i >= 0; i = haystack.indexOf(piece, i + 1)) n++;
  return n;
}

export interface Piece {
  form: 'words' | 'compact';
  text: string;
}

/** The parts of a labeled value whose arrival at the carrier counts as a leak. */
export function leakPieces(label: CorpusLabel): Piece[] {
  const words = wordsForm(label.value).split(' ').filter((w) => w !== '');
  if (words.length === 0) return [];
  const pieces: Piece[] = [{ form: 'words', text: words.join(' ') }];
  const add = (form: Piece['form'], text: string): void => {
    if (!pieces.some((p) => p.form === form && p.text === text)) pieces.push({ form, text });
  };
  if (label.category === 'url' || label.category === 'email') {
    for (const w of words) if (/\d/.test(w) && w.length >= 4) add('words', w);
    if (label.category === 'email') {
      const local = wordsForm(label.value.split('@')[0] ?? '');
      if (local.replace(/ /g, '').length >= 3) add('words', local);
    }
    return pieces;
  }
  const total = words.reduce((s, w) => s + w.length, 0);
  const half = Math.max(3, Math.ceil(total / 2));
  for (let i = 0; i < words.length; i++) {
    let chars = 0;
    for (let j = i; j < words.length; j++) {
      chars += words[j]!.length;
      if (chars >= half && !(i === 0 && j === words.length - 1)) add('words', words.slice(i, j + 1).join(' '));
    }
  }
  if (label.category === 'name') for (const w of words) if (w.length >= 4) add('words', w);
  const compact = words.join('');
  if (compact.length >= 6 && /\d/.test(compact)) {
    const len = Math.ceil(compact.length / 2);
    for (let i = 0; i + len <= compact.length; i++) {
      const s = compact.slice(i, i + len);
      if (/\d/.test(s)) add('compact', s);
    }
  }
  return pieces;
}

/** The original text with every labeled value masked: what the carrier may legitimately contain. */
export function maskLabels(text: string, labels: readonly CorpusLabel[]): string {
  const values = [...new Set(labels.map((l) => l.value))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) out = out.split(v).join('\u0000');
  return out;
}

export interface LeakJudge {
  leaked(label: CorpusLabel): boolean;
}

/** Judges the labels of one message against what the carrier received (null when it was blocked). */
export function judgeLeaks(original: string, labels: readonly CorpusLabel[], carrierText: string | null): LeakJudge {
  if (carrierText === null) return { leaked: () => false };
  const baseline = maskLabels(original, labels);
  const forms = {
    words: { carrier: wordsForm(carrierText), baseline: wordsForm(baseline), count: countWords },
    compact: { carrier: compactForm(carrierText), baseline: compactForm(baseline), count: countPlain },
  };
  return {
    leaked: (label) =>
      leakPieces(label).some((p) => {
        const f = forms[p.form];
        return f.count(f.carrier, p.text) > f.count(f.baseline, p.text);
      }),
  };
}
