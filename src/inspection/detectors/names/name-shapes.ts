// The shapes a written name takes, read off the tokens: how far a name runs ("Maria J. Gonzalez", "Maria de la
// Cruz"), and the forms that are names by their shape alone: surname first ("OKAFOR, Ngozi", "MENDEZ G"), an
// initial ("M. Kimura"), a full name ("Grace Kowalczyk", "Sato Aiko"), a vocative closing the message.
import {
  G_CLOSE,
  G_COLON,
  G_COMMA,
  G_DASH,
  G_HYPHEN,
  G_NEWLINE,
  G_OPEN,
  G_OTHER,
  G_PERIOD,
  G_SENTENCE,
  G_SLASH,
  G_SPACE,
  G_START,
  T_ALPHA,
  T_CAP,
  T_DIGIT,
  T_NUMBER,
  T_SINGLE,
  T_UPPER,
  type Token,
} from '../../lexicon/tokenize.js';
import { isCommonWord } from '../../lexicon/name-lexicon.js';
import { after, Anchor, anchorBefore } from './name-anchors.js';
import { classify, isGiven, isSurname, nameShaped, ORG, personalEnough, STRONG, UNKNOWN, WEAK, WORD } from './name-classes.js';
import { GREETINGS, ORG_SUFFIXES, PARTICLES, STAFF_BEFORE } from './name-context.js';

/** Words before an initial that leave it free to start a name: "for M. Kimura", "pt G. De la Cruz". */
const BEFORE_INITIAL = new Set(['for', 'to', 'about', 'regarding', 're', 'pt', 'patient', 'resident', 'member', 'client', 'and', 'with', 'by', 'cc', 'from']);

export type Style = 'mixed' | 'upper' | 'lower';

/** Capitalized as a name is in this message's style. ALL-CAPS and all-lower messages carry no case signal. */
export function capitalized(t: Token, style: Style): boolean {
  return style !== 'mixed' || (t.flags & T_CAP) !== 0;
}

export const BREAK_IN_NAME = G_SENTENCE | G_COMMA | G_COLON | G_OPEN | G_CLOSE | G_SLASH | G_NEWLINE | G_OTHER | G_DASH;
export const CLAUSE_START = G_START | G_SENTENCE | G_NEWLINE;

interface Span {
  /** Token index past the name. */
  end: number;
  classes: number[];
}

/** Extends a name from token i over "Maria J. Gonzalez", "Maria de la Cruz", "Smith-Jones". */
// lowerName: a caller's lower-case name in a transcript ("this is gloria reyes calling") goes on over known names.
export function extend(tokens: readonly Token[], i: number, cls: number, style: Style, cap: boolean, lowerName = false): Span {
  const classes = [cls];
  let j = i + 1;
  while (j < tokens.length && j - i < 5) {
    const n = tokens[j]!;
    if (n.gap === G_HYPHEN && n.flags & T_ALPHA) {
      j++; // "Soo-jin", "Smith-Jones": one hyphenated name
      continue;
    }
    if (n.gap & BREAK_IN_NAME && !(n.gap & G_PERIOD && tokens[j - 1]!.flags & T_SINGLE)) break;
    if (n.flags & T_SINGLE && n.flags & T_CAP && style === 'mixed') {
      // middle initial, only if a name follows
      const c2 = j + 1 < tokens.length ? classify(tokens, j + 1) : WORD;
      if (c2 === WORD || !(tokens[j + 1]!.flags & T_CAP)) break;
      j++;
      continue;
    }
    if (PARTICLES.has(n.key) && classify(tokens, j) === WORD) {
      let k = j;
      while (k < tokens.length && k - j < 3 && PARTICLES.has(tokens[k]!.key) && !(tokens[k]!.gap & BREAK_IN_NAME)) k++;
      const m = tokens[k];
      if (m && !(m.gap & BREAK_IN_NAME && m.gap !== G_HYPHEN) && capitalized(m, style) && classify(tokens, k) !== WORD) {
        j = k;
        continue;
      }
      break;
    }
    const c = classify(tokens, j);
    const lowerGo = lowerName && c === STRONG && !(n.flags & T_CAP);
    if (c === WORD || ((!capitalized(n, style) || (!cap && style === 'mixed')) && !lowerGo)) break;
    // Without case to go by (ALL-CAPS, all lower case) only unambiguous names continue a name: "okafor in rm 4".
    if (style !== 'mixed' && c !== STRONG) break;
    // "Maria RN", "FYI Tomasz": an acronym and a Title Case name are not one name.
    if (style === 'mixed' && (n.flags & T_UPPER) !== (tokens[i]!.flags & T_UPPER)) break;
    classes.push(c);
    j++;
  }
  return { end: j, classes };
}

/** "OKAFOR, Ngozi", "YOON, Sung-ho": a surname in capitals, a comma, a given name. End of the span, or -1. */
export function surnameFirst(tokens: readonly Token[], i: number, style: Style, text: string, aboutPerson: () => boolean): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (t.flags & T_SINGLE || n === undefined) return -1;
  if (style === 'upper') return upperSurnameFirst(tokens, i);
  if (style !== 'mixed') return -1;
  if (!(t.flags & T_UPPER)) return titleSurnameFirst(tokens, i);
  // "OKAFOR, Ngozi"; both in capitals ("RUIZ, GLORIA") only when both are known names.
  if ((n.gap & ~G_SPACE) !== G_COMMA || !(n.flags & T_CAP) || (n.flags & T_UPPER && n.flags & T_SINGLE)) return -1;
  const bothCaps = (n.flags & T_UPPER) !== 0;
  const c1 = classify(tokens, i);
  const c2 = classify(tokens, i + 1);
  const nameLike = (c: number) => c === STRONG || c === WEAK || c === UNKNOWN;
  if (!nameLike(c1) || !nameLike(c2)) return -1;
  if (bothCaps && (c1 === UNKNOWN || c2 === UNKNOWN || !isSurname(t.key) || !isGiven(n.key))) return -1;
  const known = (c1 === STRONG || c2 === STRONG) && (isSurname(t.key) || isGiven(n.key));
  // Neither half in a list: still a name in a message about someone, if both halves look like names.
  if (!known && !(t.key.length >= 3 && nameShaped(text, n) && aboutPerson())) return -1;
  const span = extend(tokens, i + 1, c2, style, true);
  const a = after(tokens, span.end);
  return a.provider || a.org ? -1 : span.end;
}

/**
 * "ABERNATHY, CORDELIA RM 412" in an ALL-CAPS page: with no case to go by, both halves must be names the lexicon
 * knows for sure, a surname and then a given name. End of the span, or -1.
 */
function upperSurnameFirst(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const n = tokens[i + 1]!;
  if ((n.gap & ~G_SPACE) !== G_COMMA || n.flags & T_SINGLE || !(t.flags & T_ALPHA) || !(n.flags & T_ALPHA)) return -1;
  if (classify(tokens, i) !== STRONG || classify(tokens, i + 1) !== STRONG || !isSurname(t.key) || !isGiven(n.key)) return -1;
  const before = anchorBefore(tokens, i);
  if (before.provider || before.place || before.staff) return -1;
  const a = after(tokens, i + 2);
  return a.provider || a.org ? -1 : i + 2;
}

/**
 * "for Chee, Verna:", "pt Lopez, Maria": surname first in Title Case, only after an anchor ("Austin, Texas" and
 * "Monday, June" have none) and with a known given name second. End of the span, or -1.
 */
function titleSurnameFirst(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const n = tokens[i + 1]!;
  if (!(t.flags & T_CAP) || (n.gap & ~G_SPACE) !== G_COMMA || !(n.flags & T_CAP) || n.flags & (T_UPPER | T_SINGLE)) return -1;
  if (classify(tokens, i + 1) !== STRONG || !isGiven(n.key)) return -1;
  const c1 = classify(tokens, i);
  if (!((c1 === STRONG || c1 === WEAK) && isSurname(t.key))) return -1;
  const before = anchorBefore(tokens, i);
  if (before.anchor === Anchor.None || before.provider || before.place || before.staff) return -1;
  const m = tokens[i + 2];
  // The given name ends the name: "Chee, Verna: pancreatic ca", not "Lopez, Maria Gonzalez and ...".
  if (m !== undefined && !(m.gap & (G_COMMA | G_COLON | G_SENTENCE | G_OPEN | G_DASH | G_NEWLINE))) return -1;
  return i + 2;
}

const AGE_SEX_TOKEN = /^\d{1,3}(?:m|f|yo|yom|yof)$/;

/** "MENDEZ G", "Abernathy, L.": a surname and an initial, as lists and rosters write them. End of the span, or -1. */
export function surnameInitial(tokens: readonly Token[], i: number, style: Style, text: string, aboutPerson: () => boolean): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (style === 'lower' || n === undefined || !(n.flags & T_SINGLE) || !(n.flags & T_UPPER) || n.gap & ~(G_SPACE | G_COMMA)) return -1;
  const after = tokens[i + 2];
  // Age and sex after it, as on a tracking board ("DUBOIS M 82F SOB"), even in an ALL-CAPS page.
  const ageSex = after !== undefined && after.gap === G_SPACE && AGE_SEX_TOKEN.test(after.key);
  if (style === 'upper' && !ageSex) return -1;
  // The initial ends the name: "MENDEZ G, 82F", "Abernathy, L. - new pressure injury"; not "Vitamin D levels".
  if (after !== undefined && !(after.gap & (G_COMMA | G_PERIOD | G_SENTENCE | G_DASH | G_OPEN | G_CLOSE | G_COLON | G_NEWLINE)) && !ageSex) return -1;
  const c = classify(tokens, i);
  if (style === 'upper') return c === STRONG && isSurname(t.key) ? i + 2 : -1;
  if (c === STRONG && isSurname(t.key)) return i + 2;
  return c === UNKNOWN && (t.flags & T_UPPER || nameShaped(text, t)) && t.key.length >= 3 && aboutPerson() ? i + 2 : -1;
}

/** "M. Kimura", "E. Washington": an initial and a surname. End of the span, or -1. */
export function initialFirst(tokens: readonly Token[], i: number, style: Style): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (style !== 'mixed' || !(t.flags & T_SINGLE) || !(t.flags & T_CAP) || n === undefined) return -1;
  if (!(n.gap & G_PERIOD) || n.gap & ~(G_PERIOD | G_SPACE | G_SENTENCE) || !(n.flags & T_CAP)) return -1;
  const p = tokens[i - 1];
  const free = p === undefined || t.gap & (G_COMMA | G_COLON | G_OPEN | CLAUSE_START | G_DASH) || BEFORE_INITIAL.has(p.key);
  const before = anchorBefore(tokens, i);
  if ((!free && before.anchor !== Anchor.Strong) || before.provider || before.place || before.staff) return -1;
  // "G. De la Cruz", "J. van der Berg": particles, then the surname.
  let s = i + 1;
  while (s < tokens.length && s - i <= 3 && PARTICLES.has(tokens[s]!.key) && classify(tokens, s) === WORD) s++;
  const c = s < tokens.length ? classify(tokens, s) : WORD;
  if (c === WORD || c === ORG || !(tokens[s]!.flags & T_CAP) || tokens[s]!.gap & BREAK_IN_NAME & ~(G_PERIOD | G_SENTENCE)) return -1;
  const span = extend(tokens, s, c, style, true);
  const a = after(tokens, span.end);
  return a.provider || a.org || a.staff ? -1 : span.end;
}

/** A lower-case word follows in the same clause: the capitalized word before it is its subject. */
export function predicateAfter(tokens: readonly Token[], j: number): boolean {
  const n = tokens[j];
  return n !== undefined && n.gap === G_SPACE && (n.flags & (T_ALPHA | T_CAP)) === T_ALPHA;
}

/**
 * Mostly English words: in another language ("Kết quả xét nghiệm...") a capitalized first word followed by
 * lower case is just a sentence, and its words are not in our common-word list.
 */
export function englishText(tokens: readonly Token[]): boolean {
  let alpha = 0;
  let english = 0;
  for (const t of tokens) {
    if (!(t.flags & T_ALPHA) || t.flags & T_DIGIT) continue;
    alpha++;
    if (isCommonWord(t.key) || ENGLISH_FUNCTION_WORDS.has(t.key)) english++;
  }
  return english * 2 >= alpha;
}

/** Short English words the common-word list leaves out because they are also names ("will", "may", "an"). */
const ENGLISH_FUNCTION_WORDS = new Set(['a', 'an', 'i', 'is', 'it', 'to', 'in', 'on', 'at', 'of', 'or', 'and', 'the', 'for', 'will', 'may', 'can', 'be', 'he', 'she', 'we', 'you', 'your', 'his', 'her', 'my', 'our', 'us', 'up', 'do', 'no', 'so', 'if', 'as', 'by', 'am', 'pm']);

/** Index of the capitalized name after particles at token i ("van der Merwe" -> "Merwe"), or i. */
export function nameAfterParticles(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 3 && PARTICLES.has(tokens[k]!.key) && (k === i || !(tokens[k]!.gap & BREAK_IN_NAME))) k++;
  const m = tokens[k];
  return m !== undefined && m.flags & T_CAP && !(m.gap & BREAK_IN_NAME) && classify(tokens, k) !== WORD ? k : i;
}

/** A vocative closing the message or a sentence: "..., Hiroshi!", "See you Monday, Grace." */
export function closingVocative(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[i]!;
  if (!(t.gap & G_COMMA) || t.gap & (G_SENTENCE | G_NEWLINE) || t.flags & T_UPPER || i === 0) return false;
  const p = tokens[i - 1]!;
  if (STAFF_BEFORE.has(p.key) || GREETINGS.has(p.key) || ORG_SUFFIXES.has(p.key) || p.flags & T_NUMBER) return false;
  return j >= tokens.length || (tokens[j]!.gap & (G_SENTENCE | G_NEWLINE)) !== 0;
}

/**
 * A run of two or more name tokens read as a full name: given name first and surname last ("Grace Kowalczyk",
 * not "Trader Joe"), or surname first with an unambiguous given name last ("Sato Aiko", "Xu Qiang").
 */
export function fullName(tokens: readonly Token[], i: number, j: number, n: number, strong: number, weak: number, unknown: number, anchor: Anchor): boolean {
  const first = tokens[i]!.key;
  const last = tokens[j - 1]!.key;
  if (strong + weak >= 2 && isGiven(first) && isSurname(last)) return true;
  if (strong + weak >= 2 && isSurname(first) && isGiven(last) && classify(tokens, j - 1) === STRONG) {
    // Surname first needs an unambiguous (or merely short) surname: "Xu Qiang", but not "Trader Joe".
    const c = classify(tokens, i);
    if (c === STRONG || (c === WEAK && first.length < 3 && personalEnough(first))) return true;
  }
  return anchor === Anchor.Soft && strong >= 1 && unknown + strong + weak === n && n <= 3;
}
