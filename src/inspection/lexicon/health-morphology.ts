// Health terms recognised by their ending when no list has them: "paracentesis", "cholangitis",
// "ruxolitinib". One Map lookup on the last three letters per candidate word, then a few endsWith checks.
import type { HealthCategory, SensitiveClass } from '../categories.js';
import { HEALTH_SUFFIXES } from './data/health/suffixes.js';
import { singleWordDrugs, type HealthTerm } from './health-lexicon.js';
import { isCommonWord, nameFlags } from './name-lexicon.js';

interface SuffixRule {
  readonly suffix: string;
  readonly term: HealthTerm;
}

const MIN_LETTERS = 7;

function load(): Map<string, SuffixRule[]> {
  const byTail = new Map<string, SuffixRule[]>();
  for (const line of HEALTH_SUFFIXES.split('\n')) {
    const [suffix, category, sensitive] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!suffix || !category) continue;
    const term: HealthTerm = {
      category: category as HealthCategory,
      sensitive: sensitive as SensitiveClass | undefined,
      ambiguous: false,
      acronym: false,
      needsValue: false,
    };
    const tail = suffix.slice(-3);
    const list = byTail.get(tail) ?? [];
    list.push({ suffix, term });
    list.sort((a, b) => b.suffix.length - a.suffix.length);
    byTail.set(tail, list);
  }
  return byTail;
}

const rules = load();

/** The health term a word's ending makes it, for a lower-case letters-only key; undefined for most words. */
export function termBySuffix(key: string): HealthTerm | undefined {
  const n = key.length;
  if (n < MIN_LETTERS) return undefined;
  const list = rules.get(key.slice(n - 3));
  if (list === undefined) return undefined;
  for (const r of list) {
    if (n - r.suffix.length < 3 || !key.endsWith(r.suffix)) continue;
    if (!/^[a-z]+$/.test(key) || isCommonWord(key) || nameFlags(key) !== 0) return undefined;
    return r.term;
  }
  return undefined;
}

/**
 * Spanish and Portuguese write the international drug name with their own ending: "sertralina", "fluoxetina",
 * "amoxicilina", "ibuprofeno", "losartana", "tamsulosina". [ending, English endings to try].
 */
const ROMANCE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['cilina', ['cillin']],
  ['micina', ['mycin']],
  ['ina', ['ine', 'in']],
  ['ino', ['ine', 'in']],
  ['ona', ['one']],
  ['ida', ['ide']],
  ['ato', ['ate']],
  ['eno', ['en']],
  ['ana', ['an']],
  ['ano', ['an']],
];

/** The drug a Spanish or Portuguese form names ("sertralina" -> sertraline), for a lower-case letters-only key. */
export function drugByRomanceForm(key: string): HealthTerm | undefined {
  if (key.length < MIN_LETTERS) return undefined;
  const last = key.charCodeAt(key.length - 1);
  if (last !== 97 && last !== 111) return undefined; // ends in "a" or "o"
  for (const [ending, english] of ROMANCE_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    for (const e of english) {
      const term = singleWordDrugs.get(stem + e);
      if (term !== undefined) return term;
    }
    return undefined;
  }
  return undefined;
}
