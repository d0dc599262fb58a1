// Compiles the curated health term lists (data/health/*.ts) into one phrase trie.
import type { HealthCategory, SensitiveClass } from '../categories.js';
import { CONDITIONS } from './data/health/conditions.js';
import { LABS } from './data/health/labs.js';
import { MEDICATIONS } from './data/health/medications.js';
import { PROCEDURES } from './data/health/procedures.js';
import { isCommonWord, nameFlags } from './name-lexicon.js';
import { PhraseTrie } from './phrase-trie.js';
import type { TermGroup } from './term-group.js';
import { tokenizeText } from './tokenize.js';

export interface HealthTerm {
  readonly category: HealthCategory;
  readonly sensitive: SensitiveClass | undefined;
  /** Has an ordinary sense too: needs clinical context ('?' in the lists). */
  readonly ambiguous: boolean;
  /** Must be written in capitals ('^' in the lists). */
  readonly acronym: boolean;
  /** A short lab abbreviation that means a test only with a result value or a result word ('=' in the lists). */
  readonly needsValue: boolean;
}

export const HEALTH_GROUPS: readonly TermGroup[] = [...CONDITIONS, ...MEDICATIONS, ...LABS, ...PROCEDURES];

/** Splits a term list into [term, ambiguous, acronym, needsValue] tuples. */
export function parseTerms(terms: string): Array<[string, boolean, boolean, boolean]> {
  const out: Array<[string, boolean, boolean, boolean]> = [];
  for (const line of terms.split('\n')) {
    for (let raw of line.replace(/#.*/, '').split(',')) {
      raw = raw.trim();
      let ambiguous = false;
      let acronym = false;
      let needsValue = false;
      for (;;) {
        if (raw.startsWith('?')) ambiguous = true;
        else if (raw.startsWith('^')) acronym = true;
        else if (raw.startsWith('=')) needsValue = true;
        else break;
        raw = raw.slice(1);
      }
      if (raw) out.push([raw, ambiguous, acronym, needsValue]);
    }
  }
  return out;
}

/**
 * Short phrases are also written run together: "CA-125" and "CA125", "HSV 2" and "HSV2", "hep C" and "hepC".
 * The joined key is added unless it is an ordinary word or a name ("car T" must not make "cart" a drug).
 */
function joinedKey(keys: readonly string[]): string | undefined {
  if (keys.length < 2) return undefined;
  const joined = keys.join('');
  if (joined.length > 7 || isCommonWord(joined) || nameFlags(joined) !== 0) return undefined;
  return joined;
}

export function buildHealthTrie(groups: readonly TermGroup[] = HEALTH_GROUPS): PhraseTrie<HealthTerm> {
  const trie = new PhraseTrie<HealthTerm>();
  for (const g of groups) {
    for (const [text, ambiguous, acronym, needsValue] of parseTerms(g.terms)) {
      const term: HealthTerm = { category: g.category, sensitive: g.sensitive, ambiguous, acronym, needsValue };
      const keys = tokenizeText(text, null).tokens.map((t) => t.key);
      if (keys.length === 0) continue;
      trie.add(keys, term);
      const joined = joinedKey(keys);
      if (joined !== undefined) trie.add([joined], term);
    }
  }
  return trie;
}

export const healthTrie: PhraseTrie<HealthTerm> = buildHealthTrie();

/** One-word drug names of 6+ letters ("sertraline", "losartan"), for the Spanish and Portuguese forms of a name. */
export const singleWordDrugs: ReadonlyMap<string, HealthTerm> = (() => {
  const out = new Map<string, HealthTerm>();
  for (const g of MEDICATIONS) {
    for (const [text, ambiguous, acronym, needsValue] of parseTerms(g.terms)) {
      if (ambiguous || acronym || needsValue || text.length < 6 || !/^[a-z]+$/.test(text)) continue;
      if (!out.has(text)) out.set(text, { category: g.category, sensitive: g.sensitive, ambiguous, acronym, needsValue });
    }
  }
  return out;
})();
