// Health information: conditions, medications, labs and procedures from the curated lexicon, judged in context.
//  - An ambiguous word ("stroke", "depressed", lowercase "aids") needs clinical context in the message; an
//    ambiguous lab word followed by a value ("sodium 127") is a result and needs none.
//  - A short lab abbreviation ("Cr", "Na", "Hgb") counts only with a value or right after a result word.
//  - A broadcast ("Free diabetes screening this Saturday") is not about the recipient: nothing is reported.
//    See generality.ts for the rule. A message that names a patient is never a broadcast.
//  - A refill notice or "your results are ready" that names no drug, condition or test reports nothing: it says
//    the person is a patient, not what is wrong with them. "Results came back positive" is reported (a lab).
//  - Not health information: a clinic's name ("Valley Behavioral Health:", "at Rainier Physical Therapy"), a
//    short-code keyword ("Text FLU to 46843"), a word inside a web address ("example.org/covid-vaccine").
import type { Detector, Finding, NormalizedText } from '../../types.js';
import { healthTrie, type HealthTerm } from '../../lexicon/health-lexicon.js';
import { drugByRomanceForm, termBySuffix } from '../../lexicon/health-morphology.js';
import { termInScript } from '../../lexicon/health-scripts.js';
import { G_COLON, G_HYPHEN, G_OTHER, G_SPACE, T_ALPHA, T_CAP, T_DIGIT, T_POSSESSIVE, T_UPPER2, tokenize, type Token } from '../../lexicon/tokenize.js';
import { aboutAnAnimal, clinicalOutside, identifiesAPerson, isGeneral, messageCues, namesAPerson } from './generality.js';
import { undisguised } from './disguised-spelling.js';
import { valueEnd } from './lab-values.js';
import { extent } from './span-extent.js';
import { asPlace, hadBySomeone, hypothetical, inIdentifier, inOrganisationName, inWebAddress, isKeyword, ordinarySense } from './term-context.js';
import { resultPhraseEnd, resultWordBefore, statusWordAfter } from './result-phrases.js';

export const HEALTH_DETECTOR_ID = 'health-lexicon';
export const RESULT_DETECTOR_ID = 'health-result';

export interface Candidate {
  readonly first: number; // token index
  readonly last: number; // token index, inclusive
  readonly term: HealthTerm;
  readonly needsContext: boolean;
  readonly plural: boolean;
  readonly possessed: boolean;
  /** A lab with its result value ("LDL is 190"): a value belongs to someone. */
  readonly valued?: boolean;
  readonly detector: string;
}

const POSSESSIVES = new Set(['your', 'his', 'her', 'their', 'my', 'ur', 'yr']);
/** Capitalized possessives that are not a person: "Today's flu clinic", "Women's health", "Mother's Day". */
const NOT_OWNERS = new Set([
  'today', 'tomorrow', 'tonight', 'children', 'women', 'men', 'mother', 'father', 'st', 'world', 'america', 'nation',
  'everyone', 'veteran', 'veterans', 'kid', 'kids', 'people', 'year', 'week', 'month', 'season', 'state', 'county',
]);

/**
 * "your A1C", "her recent mammogram": a possessive within two words before, nothing but spaces between.
 * A person's name with "'s" right before is one too: "Aizhan Akhmetov's insulin", "Aram's Tamiflu".
 */
function possessedAt(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (p !== undefined && p.flags & T_POSSESSIVE && p.flags & T_CAP && !(tokens[i]!.gap & ~G_SPACE) && !NOT_OWNERS.has(p.key)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (tokens[k + 1]!.gap & ~(G_SPACE | G_HYPHEN)) return false; // "Protect your bones: calcium"
    if (POSSESSIVES.has(tokens[k]!.key)) return true;
  }
  return false;
}

function pickTerm(entries: readonly HealthTerm[], upper: boolean): HealthTerm | undefined {
  for (const e of entries) {
    if (e.acronym && !upper) continue;
    return e;
  }
  return undefined;
}

const DOSE_UNITS = new Set(['mg', 'g', 'gram', 'grams', 'mcg', 'iu', 'units', 'milligrams', 'daily', 'day', 'per']);

/** "calcium 1200 mg", "sodium 2300 mg a day": an amount to take or eat, not a result. */
function isDose(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last]!;
  if (DOSE_UNITS.has(t.key) || /^\d+(?:mg|g|mcg|iu)$/.test(t.key)) return true;
  const n = tokens[last + 1];
  return n !== undefined && DOSE_UNITS.has(n.key);
}

/** The value after a test at token j is written as a result: a decimal, "=" or ":", or a connecting word. */
function resultNotation(tokens: readonly Token[], j: number): boolean {
  const v = tokens[j];
  if (v === undefined) return false;
  if (!(v.flags & T_DIGIT)) return true; // a connector ("of", "dropped to") or a word value ("high")
  return v.key.includes('.') || (v.gap & (G_COLON | G_OTHER)) !== 0;
}

/** Tests named by an everyday word or abbreviation: "weight", "sugar", "HR" (also human resources). */
const EVERYDAY_TESTS = new Set(['weight', 'sugar', 'sugars', 'hr', 'suka', 'sik']);
/** "G2P1", "G3P2": gravida and para, an obstetric history. */
const GRAVIDA_PARA = /^g\d{1,2}p\d{1,2}/;
const GRAVIDA_TERM: HealthTerm = { category: 'condition', sensitive: 'reproductive', ambiguous: false, acronym: false, needsValue: false };

const RESULT_TERM: HealthTerm = { category: 'lab', sensitive: undefined, ambiguous: false, acronym: false, needsValue: false };

/** Health terms in the text with their spans (before any judgement of context). */
function candidatesOf(tokens: readonly Token[], allCaps: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const spelled = healthTrie.matchSpelled(tokens, i);
    const m = spelled ?? healthTrie.match(tokens, i);
    if (m) {
      const term = pickTerm(m.entries, spelled ? spelled.upper : (t.flags & T_UPPER2) !== 0);
      if (term) {
        const last = term.category === 'lab' ? valueEnd(tokens, m.end) - 1 : m.end - 1;
        // A one-letter test ("K"), "HR" (also human resources) or an everyday word ("weight", "sugar") takes its value right
        // after it: "HR at 2pm" is not a heart rate, "lose weight in 30 days" not a weight.
        const short = term.needsValue && m.end - i === 1 && (t.key.length === 1 || EVERYDAY_TESTS.has(t.key));
        const valued = last >= m.end && !(term.ambiguous && isDose(tokens, last)) && (!short || (tokens[m.end]!.flags & T_DIGIT) !== 0);
        // One letter ("K", "T") is a test only with its value: "lice check for K-2" is a grade.
        const announced = term.needsValue && m.end - i + t.key.length > 2 && (resultWordBefore(tokens, i) || statusWordAfter(tokens, m.end - 1));
        if (!term.needsValue || valued || announced) {
          candidates.push({
            first: i,
            last,
            term,
            needsContext:
              (term.ambiguous && !valued) ||
              (term.acronym && allCaps) ||
              // "CR 12" may be a gate or a route; "Cr 2.1", "Na = 123", "Hgb dropped to 6.8" read as results.
              (term.needsValue && !announced && !resultNotation(tokens, m.end)),
            plural: m.plural,
            possessed: possessedAt(tokens, i),
            valued: valued && term.category === 'lab',
            detector: HEALTH_DETECTOR_ID,
          });
          i = last + 1;
          continue;
        }
      }
    }
    if (t.flags & T_DIGIT && t.flags & T_ALPHA && t.key.charCodeAt(0) === 103 && GRAVIDA_PARA.test(t.key)) {
      candidates.push({ first: i, last: i, term: GRAVIDA_TERM, needsContext: false, plural: false, possessed: false, detector: HEALTH_DETECTOR_ID });
      i++;
      continue;
    }
    if (t.flags & T_ALPHA && !(t.flags & T_DIGIT)) {
      const term = termBySuffix(t.key) ?? drugByRomanceForm(t.key);
      if (term) {
        const last = term.category === 'lab' ? valueEnd(tokens, i + 1) - 1 : i;
        candidates.push({ first: i, last, term, needsContext: false, plural: false, possessed: possessedAt(tokens, i), detector: HEALTH_DETECTOR_ID });
        i = last + 1;
        continue;
      }
    }
    if (t.key.charCodeAt(0) >= 0x400 || t.key.charCodeAt(t.key.length - 1) >= 0x400) {
      const term = termInScript(t.key); // "您的糖化血红蛋白结果为8", "당뇨병이", "بالسكري"
      if (term) {
        candidates.push({ first: i, last: i, term, needsContext: false, plural: false, possessed: false, detector: HEALTH_DETECTOR_ID });
        i++;
        continue;
      }
    }
    const r = resultPhraseEnd(tokens, i);
    if (r > i) {
      candidates.push({ first: i, last: r - 1, term: RESULT_TERM, needsContext: false, plural: false, possessed: false, detector: RESULT_DETECTOR_ID });
      i = r;
      continue;
    }
    i++;
  }
  return candidates;
}

export function findHealth(doc: NormalizedText, found: readonly Finding[], out: Finding[]): void {
  const tk = tokenize(doc);
  if (tk.tokens.length === 0) return;
  const tokens = undisguised(doc, tk.tokens);
  const allCaps = tk.upperLetters >= 4 && tk.lowerLetters * 5 < tk.upperLetters;
  const all = candidatesOf(tokens, allCaps);
  if (all.length === 0) return;
  const candidates = all.filter(
    (c) =>
      !inOrganisationName(tokens, c) && !isKeyword(tokens, c) && !asPlace(tokens, c) && !inWebAddress(doc.text, tokens, c) && !inIdentifier(doc.text, tokens, c),
  );
  if (candidates.length === 0) return;

  const cues = messageCues(doc);
  // A vet's message: the patient is an animal ("Rocco tested positive for giardia. Meds ready at the front desk.").
  // Only what is plainly the recipient's own stays: "your Synthroid and Biscuit's Apoquel are at counter 2".
  const animal = cues.animal.length > 0 && aboutAnAnimal(cues, all);
  let anchored = false;
  let possessed = false;
  let ownDrug = false;
  let pluralService = false;
  let result = false;
  for (const c of candidates) {
    if (c.valued) result = true;
    if (!c.needsContext || c.possessed) anchored = true;
    if (c.possessed) possessed = true;
    // "your Synthroid", "your Invega Sustenna": one named drug of the recipient's, even in an offer's wording.
    if (c.possessed && !c.plural && c.term.category === 'medication') ownDrug = true;
    // "flu shots", "UTIs and pink eye": services and conditions in the plural are offered to many.
    if (c.plural && c.term.category !== 'medication') pluralService = true;
  }
  // "your Humira", "your colonoscopy": the recipient's own; only plain broadcast wording outweighs it.
  const extraPersonal = (ownDrug ? 4 : possessed ? 2.5 : 0) + (result ? 3 : 0);
  if (isGeneral(cues, extraPersonal, pluralService && !possessed ? 1 : 0, namesAPerson(found))) return;

  for (const c of candidates) {
    if (animal && !(c.possessed && tokens[c.first - 1]?.key !== undefined && POSSESSIVES.has(tokens[c.first - 1]!.key))) continue;
    if (ordinarySense(tokens, c, cues.horoscope)) continue;
    if (c.term.category === 'condition' && !c.possessed && hypothetical(tokens, c.first)) continue;
    if (c.needsContext && !(anchored || clinicalOutside(cues, c.first, c.last) || cues.strongPersonal || c.possessed || hadBySomeone(tokens, c) || identifiesAPerson(found, tokens[c.first]!.start, tokens[c.last]!.end))) {
      continue;
    }
    const [first, last] = extent(tokens, c.first, c.last);
    let end = tokens[last]!.end;
    if (c.term.category === 'lab' && doc.text.charCodeAt(end) === 37) end++; // "7.2%"
    const f: Finding = { category: c.term.category, start: tokens[first]!.start, end, detector: c.detector };
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
    if (m && m.entries.some((e) => !e.ambiguous && !e.acronym && !e.needsValue)) return true;
  }
  return false;
}

export const healthDetector: Detector = {
  id: HEALTH_DETECTOR_ID,
  detect(doc, _ctx, out) {
    findHealth(doc, out, out);
  },
};
