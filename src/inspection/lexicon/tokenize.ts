// Word tokens over a NormalizedText, shared by the name and health detectors (computed once per message).
// A token is a run of letters and digits ("hba1c", "cd4", "7.2"); apostrophes inside a word stay ("o'brien"
// keys as "obrien"), a trailing possessive "'s" is cut off and flagged. Everything else (spaces, hyphens,
// slashes, punctuation) separates tokens and is summarized in the next token's `gap` bits, so phrase matching
// treats "hep-c", "hep c" and "Hep C" alike.
import type { NormalizedText } from '../types.js';
import { foldKey } from './fold.js';

// Token flags.
export const T_ALPHA = 1; // has a letter
export const T_DIGIT = 2; // has a digit
export const T_NUMBER = 4; // digits only, optionally with one decimal point or thousands commas
export const T_CAP = 8; // first character is an upper-case letter
export const T_UPPER = 16; // has letters, all upper-case
export const T_LOWER = 32; // has letters, all lower-case
export const T_UPPER2 = 64; // at least two upper-case letters (acronym-like: "PrEP", "HIV")
export const T_POSSESSIVE = 128; // followed by 's
export const T_SINGLE = 256; // exactly one letter

// Gap flags: what separates a token from the previous one (or, for `tailGap`, what follows the last token).
export const G_START = 1; // first token of the message
export const G_SPACE = 2;
export const G_COMMA = 4;
export const G_PERIOD = 8; // '.' (may be an abbreviation point, not a sentence end)
export const G_SENTENCE = 16; // '!' or '?' or ';', or a period followed by a space and a capital, or a line break
export const G_NEWLINE = 32;
export const G_COLON = 64;
export const G_HYPHEN = 128;
export const G_SLASH = 256;
export const G_OPEN = 512; // '(' or '['
export const G_CLOSE = 1024; // ')' or ']'
export const G_OTHER = 2048; // any other symbol: & # @ $ % * + = " ...
export const G_PERCENT = 4096;
export const G_DASH = 8192; // ' - ' or an en/em dash between words
export const G_CURRENCY = 16384; // '$', '€', '£' (a price follows)

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-case lookup key (diacritics folded, apostrophes removed). */
  readonly key: string;
  readonly flags: number;
  readonly gap: number;
}

export interface TokenizedText {
  readonly tokens: readonly Token[];
  /** Gap bits after the last token. */
  readonly tailGap: number;
  /** Letters seen: upper-case and lower-case counts (for ALL-CAPS and all-lower messages). */
  readonly upperLetters: number;
  readonly lowerLetters: number;
}

const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return WORDISH.test(text[i]!) || (c >= 0xd800 && c <= 0xdbff && WORDISH.test(text.slice(i, i + 2)));
}

function gapBits(text: string, from: number, to: number): number {
  let g = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 32:
      case 9:
      case 0xa0:
        g |= G_SPACE;
        break;
      case 10:
      case 13:
        g |= G_NEWLINE | G_SENTENCE | G_SPACE;
        break;
      case 44:
        g |= G_COMMA;
        break;
      case 46:
        g |= G_PERIOD;
        break;
      case 33:
      case 63:
      case 59:
        g |= G_SENTENCE;
        break;
      case 58:
        g |= G_COLON;
        break;
      case 45:
        g |= i > from && i + 1 < to && text.charCodeAt(i - 1) === 32 ? G_DASH : G_HYPHEN;
        break;
      case 0x2013:
      case 0x2014:
        g |= G_DASH;
        break;
      case 47:
        g |= G_SLASH;
        break;
      case 40:
      case 91:
        g |= G_OPEN;
        break;
      case 41:
      case 93:
        g |= G_CLOSE;
        break;
      case 37:
        g |= G_PERCENT | G_OTHER;
        break;
      case 36:
      case 0x20ac:
      case 0xa3:
        g |= G_CURRENCY | G_OTHER;
        break;
      default:
        g |= G_OTHER;
    }
  }
  return g;
}

export function tokenizeText(text: string, lowerText: string | null): TokenizedText {
  const tokens: Token[] = [];
  const n = text.length;
  let upperLetters = 0;
  let lowerLetters = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let flags = 0;
    let up = 0;
    let low = 0;
    let letters = 0;
    let needsFold = false;
    let numeric = true;
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 && isDigit(c)) {
        flags |= T_DIGIT;
        i++;
      } else if (c < 128 && isAsciiLetter(c)) {
        numeric = false;
        letters++;
        if (c <= 90) up++;
        else low++;
        i++;
      } else if (c >= 128 && isWordChar(text, i)) {
        numeric = false;
        needsFold = true;
        const ch = text[i]!;
        if (UPPER.test(ch)) (up++, letters++);
        else if (LOWER.test(ch)) (low++, letters++);
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      } else if ((c === 46 || c === 44) && numeric && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && i > start) {
        i++; // decimal point or thousands separator inside a number
      } else if (isApostrophe(c) && letters > 0 && i + 1 < n && isWordChar(text, i + 1)) {
        const next = text.charCodeAt(i + 1);
        if ((next === 115 || next === 83) && (i + 2 >= n || !isWordChar(text, i + 2))) {
          flags |= T_POSSESSIVE;
          end = i;
          i += 2;
          break;
        }
        needsFold = true;
        i++;
      } else {
        break;
      }
      end = i;
    }
    if (letters > 0) flags |= T_ALPHA;
    if (numeric) flags |= T_NUMBER;
    if (up > 0 && low === 0) flags |= T_UPPER;
    if (low > 0 && up === 0) flags |= T_LOWER;
    if (up >= 2) flags |= T_UPPER2;
    if (letters === 1 && end - start === 1) flags |= T_SINGLE;
    if (up > 0 && UPPER.test(text[start]!)) flags |= T_CAP;
    upperLetters += up;
    lowerLetters += low;
    const raw = lowerText ? lowerText.slice(start, end) : text.slice(start, end).toLowerCase();
    const key = needsFold ? foldKey(raw) : raw;
    let gap = tokens.length === 0 ? G_START | gapBits(text, prevEnd, start) : gapBits(text, prevEnd, start);
    // A period followed by white space and a capital ends a sentence; "Dr. Lee" is the exception callers handle.
    if (gap & G_PERIOD && gap & G_SPACE && flags & T_CAP) gap |= G_SENTENCE;
    tokens.push({ start, end, key, flags, gap });
    prevEnd = i;
  }
  return { tokens, tailGap: gapBits(text, prevEnd, n), upperLetters, lowerLetters };
}

// One-entry cache: detectors run synchronously one after another on the same document.
let lastDoc: NormalizedText | null = null;
let lastTokens: TokenizedText | null = null;

/** Tokens of `doc.text`, computed once per document. */
export function tokenize(doc: NormalizedText): TokenizedText {
  if (doc === lastDoc && lastTokens) return lastTokens;
  const lower = doc.lower.length === doc.text.length ? doc.lower : null;
  lastTokens = tokenizeText(doc.text, lower);
  lastDoc = doc;
  return lastTokens;
}
