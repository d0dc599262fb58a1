// Compiles the curated health term lists (data/health/*.ts) into one phrase trie.
import type { HealthCategory, SensitiveClass } from '../categories.js';
import { CONDITIONS } from './data/health/conditions.js';
import { LABS } from './data/health/labs.js';
import { MEDICATIONS } from './data/health/medications.js';
import { PROCEDURES } from './data/health/procedures.js';
import { PhraseTrie } from './phrase-trie.js';
import type { TermGroup } from './term-group.js';

export interface HealthTerm {
  readonly category: HealthCategory;
  readonly sensitive: SensitiveClass | undefined;
  /** Has an ordinary sense too: needs clinical context ('?' in the lists). */
  readonly ambiguous: boolean;
  /** Must be written in capitals ('^' in the lists). */
  readonly acronym: boolean;
}

export const HEALTH_GROUPS: readonly TermGroup[] = [...CONDITIONS, ...MEDICATIONS, ...LABS, ...PROCEDURES];

/** Splits a term list into [term, ambiguous, acronym] triples. */
export function parseTerms(terms: string): Array<[string, boolean, boolean]> {
  const out: Array<[string, boolean, boolean]> = [];
  for (const line of terms.split('\n')) {
    for (let raw of line.replace(/#.*/, '').split(',')) {
      raw = raw.trim();
      let ambiguous = false;
      let acronym = false;
      for (;;) {
        if (raw.startsWith('?')) ambiguous = true;
        else if (raw.startsWith('^')) acronym = true;
        else break;
        raw = raw.slice(1);
      }
      if (raw) out.push([raw, ambiguous, acronym]);
    }
  }
  return out;
}

export function buildHealthTrie(groups: readonly TermGroup[] = HEALTH_GROUPS): PhraseTrie<HealthTerm> {
  const trie = new PhraseTrie<HealthTerm>();
  for (const g of groups) {
    for (const [text, ambiguous, acronym] of parseTerms(g.terms)) {
      trie.addPhrase(text, { category: g.category, sensitive: g.sensitive, ambiguous, acronym });
    }
  }
  return trie;
}

export const healthTrie: PhraseTrie<HealthTerm> = buildHealthTrie();
