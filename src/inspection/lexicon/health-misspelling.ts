// Health words with one letter wrong, missing, added or masked: "Seroquil", "metforman", "diabeetes",
// "d*abetes", "aicohol" (a look-alike folded to the wrong letter). A symmetric-delete index over the words of
// the health lists: a typed word and a listed word are one edit apart when deleting at most one letter from
// each makes them equal. Only words of 7+ letters that are neither ordinary English words nor names are
// looked up, so most tokens cost one Set lookup; the first letter must be right.
import { HEALTH_GROUPS, healthTrie, parseTerms } from './health-lexicon.js';
import { isCommonWord, nameFlags } from './name-lexicon.js';

const MIN_LETTERS = 7;
/** A variant shared by two different listed words is no evidence for either. */
const CLASH = '';

function buildIndex(): Map<string, string> {
  const words = new Set<string>();
  for (const g of HEALTH_GROUPS) {
    for (const [text, ambiguous, acronym, needsValue] of parseTerms(g.terms)) {
      if (ambiguous || acronym || needsValue) continue;
      for (const w of text.toLowerCase().split(/[^a-z]+/)) if (w.length >= MIN_LETTERS) words.add(w);
    }
  }
  const index = new Map<string, string>();
  for (const w of words) index.set(w, w); // a listed word stands for itself, whatever it is one edit from
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const v = w.slice(0, i) + w.slice(i + 1);
      const had = index.get(v);
      if (had === undefined) index.set(v, w);
      else if (had !== w && !words.has(v)) index.set(v, CLASH);
    }
  }
  return index;
}

const index = buildIndex();

/** First three letters of every indexed word and variant: most unknown words fail this before any slicing. */
const PREFIXES = new Set<string>();
for (const k of index.keys()) PREFIXES.add(k.slice(0, 3));

/** Whether some one-edit variant of key could be indexed: its first three letters after an edit at 0-2. */
function mayMatch(key: string): boolean {
  const a = key[0]!;
  return PREFIXES.has(key.slice(0, 3)) || PREFIXES.has(a + key[2]! + key[3]!) || PREFIXES.has(a + key[1]! + key[3]!);
}

/** Same length, one position differs ("seroquil", "seroquel"). */
function oneLetterApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  return diff === 1;
}

/** The listed word a misspelled key stands for, or undefined (also for correct and ordinary words). */
export function correctedSpelling(key: string, minLetters = MIN_LETTERS): string | undefined {
  if (key.length < minLetters || key.length > 24 || healthTrie.startsWith(key) || isCommonWord(key) || nameFlags(key) !== 0) return undefined;
  if (!mayMatch(key) || !/^[a-z]+$/.test(key)) return undefined;
  // People rarely get the first letter wrong; "tambien" is Spanish, not "ambien" with a typo.
  const direct = index.get(key); // a letter left out: "metformn"
  if (direct) return direct[0] === key[0] ? direct : undefined;
  let found: string | undefined;
  for (let i = 0; i < key.length; i++) {
    if (i > 0 && key[i] === key[i - 1]) continue; // deleting either of a double letter gives the same variant
    const w = index.get(key.slice(0, i) + key.slice(i + 1)); // a letter added or changed: "diabeetes", "seroquil"
    if (w === undefined || w === CLASH || w[0] !== key[0]) continue;
    if (w.length === key.length && !oneLetterApart(w, key)) continue; // "transfusing" is not "transfusion"
    if (found !== undefined && found !== w) return undefined;
    found = w;
  }
  return found;
}
