// Cues around a name candidate that come from the message rather than the next word: the capitalized words
// after an honorific, a contact detail right after the name, a message that speaks to its reader, a sender's
// label opening the message, a word spelled out letter by letter, a name in Chinese or Korean script.
import type { Finding } from '../../types.js';
import { BREAK_IN_NAME } from './name-shapes.js';
import { isContextWord } from './name-classes.js';
import {
  G_COLON,
  G_COMMA,
  G_NEWLINE,
  G_OPEN,
  G_SENTENCE,
  T_ALPHA,
  T_CAP,
  T_DIGIT,
  T_NUMBER,
  T_SINGLE,
  T_UPPER,
  type Token,
} from '../../lexicon/tokenize.js';

/** End of the capitalized words after an honorific ("Mr. Brings Plenty"), up to three; i itself when none. */
export function honoredWords(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 3) {
    const t = tokens[j]!;
    if (!(t.flags & T_CAP) || t.flags & (T_DIGIT | T_UPPER) || isContextWord(t.key) || (j > i && t.gap & BREAK_IN_NAME)) break;
    j++;
  }
  return j;
}

/** Two to four Chinese or Korean characters: a name's length, not a sentence's. */
export const HAN_HANGUL_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;

/** A contact detail right after the name ("Okafor, 12 Birch Ln", "Ana Ruiz (312) 555-0142"): a person on file. */
const CONTACTS = new Set(['address', 'phone', 'email']);
export function contactAfter(tokens: readonly Token[], j: number, found: readonly Finding[]): boolean {
  const n = tokens[j];
  if (n === undefined || !(n.gap & (G_COMMA | G_OPEN)) || n.gap & (G_SENTENCE | G_NEWLINE)) return false;
  // The finding may start at the bracket of "(312) 555-0142".
  for (const f of found) if (CONTACTS.has(f.category) && f.start <= n.start && f.start >= n.start - 1) return true;
  return false;
}

/** Second-person words (English, Spanish, Portuguese, Haitian Creole, Hmong): the message speaks to its reader. */
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'u', 'ur', 'su', 'sus', 'usted', 'tu', 'seu', 'sua', 'voce', 'ou', 'koj']);

export function addressed(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (SECOND_PERSON.has(t.key)) return true;
  return false;
}

/** Token i follows a label that opens the message ("Tidewater Dental:", "Proxy access:", "Hospice RN:"). */
export function headerBefore(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || i > 4 || !(tokens[i]!.gap & G_COLON) || tokens[i - 1]!.flags & T_NUMBER) return false;
  for (let k = 1; k < i; k++) if (tokens[k]!.gap & (G_SENTENCE | G_NEWLINE | G_COLON)) return false;
  return true;
}

/** Three single letters in a row: a word may be spelled out ("P.o.r.t", "K e o n i"); digit runs alone are not. */
export function spelledOut(tokens: readonly Token[]): boolean {
  let run = 0;
  for (const t of tokens) {
    run = t.flags & T_SINGLE && t.flags & T_ALPHA ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}
