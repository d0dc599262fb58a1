// Health information: conditions, medications, labs and procedures from the curated lexicon, judged in context.
//  - An ambiguous word ("stroke", "depressed", lowercase "aids") needs clinical context in the message.
//  - A broadcast ("Free diabetes screening this Saturday") is not about the recipient: nothing is reported.
//    See generality.ts for the rule. A message that names a patient is never a broadcast.
//  - A refill notice or "your results are ready" that names no drug, condition or test reports nothing: it says
//    the person is a patient, not what is wrong with them. "Results came back positive" is reported (a lab).
import type { Detector, Finding, NormalizedText } from '../../types.js';
import { healthTrie, type HealthTerm } from '../../lexicon/health-lexicon.js';
import { isCommonWord } from '../../lexicon/name-lexicon.js';
import { G_COLON, G_SENTENCE, G_SPACE, G_START, T_CAP, T_UPPER2, tokenize, type Token } from '../../lexicon/tokenize.js';
import { isGeneral, messageCues, namesAPerson } from './generality.js';
import { valueEnd } from './lab-values.js';
import { resultPhraseEnd } from './result-phrases.js';

export const HEALTH_DETECTOR_ID = 'health-lexicon';
export const RESULT_DETECTOR_ID = 'health-result';

interface Candidate {
  readonly first: number; // token index
  readonly last: number; // token index, inclusive
  readonly term: HealthTerm;
  readonly needsContext: boolean;
  readonly plural: boolean;
  readonly possessed: boolean;
  readonly detector: string;
}

const POSSESSIVES = new Set(['your', 'his', 'her', 'their', 'my', 'ur', 'yr']);

/** "your A1C", "her recent mammogram": a possessive within two tokens before, in the same sentence. */
function possessedAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (POSSESSIVES.has(tokens[k]!.key)) return true;
    if (tokens[k + 1]!.gap & G_SENTENCE) return false;
  }
  return false;
}

/** Ordinary-sense guards for single words: "a stroke of luck", "depressed the button", "Cancer" in a horoscope. */
function ordinarySense(tokens: readonly Token[], c: Candidate, horoscope: boolean): boolean {
  if (c.first !== c.last) return false;
  const key = tokens[c.first]!.key;
  const next = tokens[c.first + 1]?.key;
  switch (key) {
    case 'cancer':
      return horoscope;
    case 'stroke':
    case 'strokes':
      return next === 'of' || tokens[c.first - 1]?.key === 'brush' || tokens[c.first - 1]?.key === 'back';
    case 'depressed':
      return next === 'the' || next === 'a' || next === 'button' || next === 'key' || next === 'pedal';
    default:
      return false;
  }
}

const ORG_WORDS = new Set([
  'clinic', 'center', 'centre', 'group', 'associates', 'institute', 'hospital', 'services', 'practice', 'partners',
  'specialists', 'foundation', 'association', 'society', 'care', 'health', 'network', 'pllc', 'llc', 'inc',
]);

/**
 * A health term inside a Title Case organisation name: "Rainier Physical Therapy", "Summit Dialysis Center".
 * A clinic's name is not about the recipient, except where it reveals a sensitive specialty (callers keep those:
 * "your visit at Valley Cancer Center" says oncology).
 */
function inOrganisationName(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.first]!;
  if (!(first.flags & T_CAP)) return false;
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const capBefore =
    prev !== undefined &&
    prev.flags & T_CAP &&
    first.gap === G_SPACE &&
    (!(prev.gap & (G_START | G_SENTENCE | G_COLON)) || !isCommonWord(prev.key));
  const orgAfter = next !== undefined && next.flags & T_CAP && ORG_WORDS.has(next.key) && !(next.gap & (G_SENTENCE | G_COLON));
  return Boolean(capBefore || orgAfter);
}

function pickTerm(entries: readonly HealthTerm[], tokens: readonly Token[], i: number): HealthTerm | undefined {
  for (const e of entries) {
    if (e.acronym && !(tokens[i]!.flags & T_UPPER2)) continue;
    return e;
  }
  return undefined;
}

export function findHealth(doc: NormalizedText, found: readonly Finding[], out: Finding[]): void {
  const tk = tokenize(doc);
  const tokens = tk.tokens;
  if (tokens.length === 0) return;
  const allCaps = tk.upperLetters >= 4 && tk.lowerLetters * 5 < tk.upperLetters;
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = healthTrie.matchSpelled(tokens, i) ?? healthTrie.match(tokens, i);
    if (m) {
      const term = pickTerm(m.entries, tokens, i);
      if (term) {
        const last = term.category === 'lab' ? valueEnd(tokens, m.end) - 1 : m.end - 1;
        candidates.push({
          first: i,
          last,
          term,
          needsContext: term.ambiguous || (term.acronym && allCaps),
          plural: m.plural,
          possessed: possessedAt(tokens, i),
          detector: HEALTH_DETECTOR_ID,
        });
        i = last + 1;
        continue;
      }
    }
    const r = resultPhraseEnd(tokens, i);
    if (r > i) {
      const term: HealthTerm = { category: 'lab', sensitive: undefined, ambiguous: false, acronym: false };
      candidates.push({ first: i, last: r - 1, term, needsContext: false, plural: false, possessed: false, detector: RESULT_DETECTOR_ID });
      i = r;
      continue;
    }
    i++;
  }
  if (candidates.length === 0) return;

  const cues = messageCues(doc);
  let anchored = false;
  let possessed = false;
  let pluralService = false;
  for (const c of candidates) {
    if (!c.needsContext || c.possessed) anchored = true;
    if (c.possessed) possessed = true;
    if (c.plural && (c.term.category === 'procedure' || c.term.category === 'lab')) pluralService = true;
  }
  if (isGeneral(cues, possessed ? 1.5 : 0, pluralService && !possessed ? 1 : 0, namesAPerson(found))) return;

  for (const c of candidates) {
    if (ordinarySense(tokens, c, cues.horoscope)) continue;
    if (c.needsContext && !(anchored || cues.clinical || cues.strongPersonal || c.possessed)) continue;
    if (!c.term.sensitive && inOrganisationName(tokens, c)) continue;
    let end = tokens[c.last]!.end;
    if (c.term.category === 'lab' && doc.text.charCodeAt(end) === 37) end++; // "7.2%"
    const f: Finding = { category: c.term.category, start: tokens[c.first]!.start, end, detector: c.detector };
    if (c.term.sensitive) f.sensitive = c.term.sensitive;
    out.push(f);
  }
}

/** Whether the message names any unambiguous health term (used by the name detector as clinical context). */
export function mentionsHealth(doc: NormalizedText): boolean {
  const tokens = tokenize(doc).tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!healthTrie.startsWith(tokens[i]!.key)) continue;
    const m = healthTrie.match(tokens, i);
    if (m && m.entries.some((e) => !e.ambiguous && !e.acronym)) return true;
  }
  return false;
}

export const healthDetector: Detector = {
  id: HEALTH_DETECTOR_ID,
  detect(doc, _ctx, out) {
    findHealth(doc, out, out);
  },
};
