// What a single token is, as far as names go: an ordinary word, a known name (unambiguous or not), an
// organisation word, or a capitalized word no lexicon knows.
import { healthTrie } from '../../lexicon/health-lexicon.js';
import { termBySuffix } from '../../lexicon/health-morphology.js';
import { isCommonWord, N_AMBIGUOUS, N_GIVEN, N_ORGANISATION, N_PLACE, N_SURNAME, nameFlags } from '../../lexicon/name-lexicon.js';
import { G_HYPHEN, G_SPACE, T_ALPHA, T_CAP, T_DIGIT, T_NUMBER, T_SINGLE, T_UPPER, T_UPPER2, type Token } from '../../lexicon/tokenize.js';
import {
  CALENDAR,
  CREDENTIALS,
  FOREIGN_KIN,
  FOREIGN_WORDS,
  GREETINGS,
  HONORIFICS,
  LANGUAGES,
  NOT_NAMES,
  ORG_SUFFIXES,
  PARTICLES,
  POSSESSIVES,
  PROVIDER_TITLES,
  RECORD_AFTER,
  RELATIONS,
  ROLES,
} from './name-context.js';

export const WORD = 0; // ordinary word, number, stop word: never a name
export const STRONG = 1; // known name, not a common word
export const WEAK = 2; // known name that is also a word, place, month, or very short
export const ORG = 3; // organisation or brand word
export const UNKNOWN = 4; // capitalized word no lexicon knows

/** Context words (greetings, titles, roles, relations...) and words that are no one's name: one lookup. */
const NEVER_NAMES = new Set<string>();
for (const s of [GREETINGS, HONORIFICS, FOREIGN_KIN, PROVIDER_TITLES, ROLES, RELATIONS, POSSESSIVES, CREDENTIALS, ORG_SUFFIXES, FOREIGN_WORDS, NOT_NAMES, RECORD_AFTER, LANGUAGES]) {
  for (const w of s) if (!PARTICLES.has(w)) NEVER_NAMES.add(w);
}

/** A context word (greeting, title, role, relation...) or a word that is no one's name. */
export function isContextWord(key: string): boolean {
  return NEVER_NAMES.has(key);
}

// Syllables of romanized Korean given names: "Ha-eun", "Seung-hyun", "Mi-kyung" are given names whole, though
// "Ha" and "Oh" alone are words.
const KOREAN_SYLLABLES = new Set(
  `ha eun seung hyun kyung soo mi ji hoon min jun seo yeon woo hye jin sung young ho jae won dong hee sook ja ok yoon
   yun bin joon hwan chul su sun jung kyu tae sang il chang gi hae na ra da yu bo in cheol ae hyo kwang myung byung
   jong suk mee kyong nam yong chan gyu seok`.split(/\s+/),
);

/** "Ha-eun": a capitalized Korean syllable joined by a hyphen to a lower-case one. */
function koreanGiven(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (n === undefined || n.gap !== G_HYPHEN || !(t.flags & T_CAP) || t.flags & T_UPPER || n.flags & T_CAP) return false;
  return KOREAN_SYLLABLES.has(t.key) && KOREAN_SYLLABLES.has(n.key);
}

/** Given names that are also months: not a name beside a number ("May 5", "June 12"). */
const MONTH_NAMES = new Set(['april', 'may', 'june', 'august']);

function besideNumber(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  const p = tokens[i - 1];
  return (n !== undefined && (n.flags & T_NUMBER) !== 0 && n.gap === G_SPACE) || (p !== undefined && (p.flags & T_NUMBER) !== 0);
}

/**
 * "Tue", "Jun", "Sat" are calendar words; "Jun Wang" is a person. A calendar word that is also a given name
 * counts (as ambiguous) only when a capitalized surname follows it.
 */
function calendarOrName(tokens: readonly Token[], i: number): number {
  const f = nameFlags(tokens[i]!.key);
  const n = tokens[i + 1];
  if (!(f & N_GIVEN) || n === undefined || n.gap !== G_SPACE || !(n.flags & T_CAP) || n.flags & T_UPPER) return WORD;
  const nf = nameFlags(n.key);
  return nf & N_SURNAME && !(nf & N_AMBIGUOUS) && !CALENDAR.has(n.key) ? WEAK : WORD;
}

// Classes of the current message's tokens, computed once each (the detectors run one message at a time).
let cachedTokens: readonly Token[] | null = null;
let cached = new Int8Array(64);

export function classify(tokens: readonly Token[], i: number): number {
  if (tokens !== cachedTokens) {
    cachedTokens = tokens;
    if (cached.length < tokens.length) cached = new Int8Array(tokens.length * 2);
    cached.fill(-1, 0, tokens.length);
  }
  let c = cached[i]!;
  if (c < 0) c = cached[i] = classifyToken(tokens, i);
  return c;
}

function classifyToken(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!(t.flags & T_ALPHA) || t.flags & (T_DIGIT | T_SINGLE)) return WORD;
  const k = t.key;
  if (NEVER_NAMES.has(k)) return WORD;
  if (k === 'im' && t.end - t.start > 2) return WORD; // "I'm"; "Im" is a Korean surname
  if (CALENDAR.has(k)) return calendarOrName(tokens, i);
  if (PARTICLES.has(k)) {
    // "Al-Hashimi", "El-Amin", "Abu-Bakr": a particle joined to a capitalized word is an Arabic or Hebrew surname.
    const n = tokens[i + 1];
    return n !== undefined && n.gap === G_HYPHEN && n.flags & T_CAP && n.flags & T_ALPHA && t.key.length >= 2 ? STRONG : WORD;
  }
  if (koreanGiven(tokens, i)) return STRONG;
  const f = nameFlags(k);
  if (f & (N_GIVEN | N_SURNAME)) {
    if (f & N_ORGANISATION) return ORG;
    if (MONTH_NAMES.has(k) && besideNumber(tokens, i)) return WORD;
    if (f & N_AMBIGUOUS || k.length < 3) return WEAK;
    // "Parkinson's", "Alzheimer", "Lyrica": an unambiguous health term is not a person here.
    const h = healthTrie.startsWith(k) ? healthTrie.match(tokens, i) : undefined;
    if (h && h.entries.some((e) => !e.ambiguous && !e.needsValue)) return WEAK;
    return STRONG;
  }
  if (f & N_ORGANISATION) return ORG;
  if (isCommonWord(k) || k.length < 2 || healthTrie.startsWith(k) || termBySuffix(k) !== undefined) return WORD;
  // Two capitals no lexicon knows are an abbreviation ("CP", "SOB" is longer), not a name: "54M CP, ETA 8".
  if (t.flags & T_UPPER && k.length === 2) return WORD;
  return UNKNOWN;
}

/**
 * A known name that is weak only for being short ("Vu", "Bo", "Li") or for being a place too ("Fatima",
 * "Washington"), not for being an English word ("Will", "Grace"): a name after a soft anchor in a message
 * about someone.
 */
export function personalEnough(key: string): boolean {
  const f = nameFlags(key);
  if (!(f & (N_GIVEN | N_SURNAME)) || f & N_ORGANISATION) return false;
  return f & N_AMBIGUOUS ? (f & N_PLACE) !== 0 : key.length < 3;
}

export function isGiven(key: string): boolean {
  return (nameFlags(key) & N_GIVEN) !== 0;
}
export function isSurname(key: string): boolean {
  return (nameFlags(key) & N_SURNAME) !== 0;
}

// Inner capitals a surname may carry: "McDonald", "MacLeod", "DeShawn", "LaToya", "DiMaggio", "VanDyke".
const INNER_CAP_PREFIX = /^(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von|O|D|Fitz|St)\p{Lu}\p{Ll}+$/u;

/**
 * Shaped like a name: one capital then lower case (or an inner capital after a name prefix), letters only,
 * at least three of them. "MetroCare" and "CareBridge" are brands; "Olatunji" and "McAllister" are names.
 */
export function nameShaped(text: string, t: Token): boolean {
  if (!(t.flags & T_CAP) || t.flags & (T_DIGIT | T_UPPER) || t.end - t.start < 3) return false;
  if (!(t.flags & T_UPPER2)) return true;
  return INNER_CAP_PREFIX.test(text.slice(t.start, t.end));
}
