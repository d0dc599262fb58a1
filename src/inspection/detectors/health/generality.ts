// Is this message about one person or aimed at many? An SMS is addressed to one person, so by default what it
// says about health is about that person (or the patient it names). It is "general" only when broadcast cues
// (offers, events, tips, "all our locations") outweigh personal cues, and no strong personal cue
// (results, refill, dose, a named patient, clinical shorthand) is present. Sensitive classes get no exemption
// from this rule: "HIV testing available at all locations" is general, "Your HIV results are ready" is not.
import type { Finding, NormalizedText } from '../../types.js';
import { PhraseTrie } from '../../lexicon/phrase-trie.js';
import { G_COLON, G_CURRENCY, G_NEWLINE, G_PERCENT, G_SENTENCE, G_SPACE, G_START, T_CAP, T_DIGIT, T_UPPER, tokenize, type Token } from '../../lexicon/tokenize.js';
import { ANIMAL_CUES, CLINICAL_CUES, GENERAL_CUES, HOROSCOPE_CUES, PERSONAL_CUES, STRONG_PERSONAL_CUES } from './cue-lists.js';
import { parseTerms } from '../../lexicon/health-lexicon.js';

const enum Kind {
  General,
  Personal,
  Strong,
  Clinical,
  Horoscope,
  Animal,
}
interface Cue {
  readonly kind: Kind;
  readonly weight: number;
  readonly id: number;
  /** A broadcast word that is also common in organisation names ("Community", "National"). */
  readonly nameWord: boolean;
}

const NAME_WORDS = new Set(
  'community national world foundation association society alliance coalition county city state public health department area local regional family families kids children seniors campaign program programs'.split(' '),
);

/** Animal words that also name streets and places. */
const PLACE_ANIMALS = new Set(['dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'puppy', 'kitten']);

const cueTrie = new PhraseTrie<Cue>();
let nextId = 0;
function addCues(kind: Kind, weight: number, list: string): void {
  for (const [text] of parseTerms(list)) {
    const nameWord = kind === Kind.General && NAME_WORDS.has(text.split(' ')[0]!);
    cueTrie.addPhrase(text, { kind, weight, id: nextId++, nameWord });
  }
}
for (const [w, list] of GENERAL_CUES) addCues(Kind.General, w, list);
for (const [w, list] of PERSONAL_CUES) addCues(Kind.Personal, w, list);
addCues(Kind.Strong, 3, STRONG_PERSONAL_CUES);
addCues(Kind.Clinical, 0, CLINICAL_CUES);
addCues(Kind.Horoscope, 0, HOROSCOPE_CUES);
addCues(Kind.Animal, 0, ANIMAL_CUES);

export interface MessageCues {
  /** Broadcast weight and personal weight (for explanations and tests). */
  readonly generalScore: number;
  readonly personalScore: number;
  /** A strong personal cue is present. */
  readonly strongPersonal: boolean;
  /** Clinical vocabulary is present. */
  readonly clinical: boolean;
  /** Token index of the first clinical cue, and of the last one (-1 when none). */
  readonly clinicalFirst: number;
  readonly clinicalLast: number;
  /** Astrology vocabulary is present. */
  readonly horoscope: boolean;
  /** Token spans [start, end) of veterinary vocabulary ("kennel cough", "Vetsulin", "neutered"). */
  readonly animal: readonly number[];
}

export function scanCues(tokens: readonly Token[]): MessageCues {
  let general = 0;
  let personal = 0;
  let strong = false;
  let clinical = false;
  let prices = 0;
  let clinicalFirst = -1;
  let clinicalLast = -1;
  let horoscope = false;
  const animal: number[] = [];
  const seen: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.key === 'off' && t.gap & G_PERCENT) general += 2; // "20% off"
    // A price is an offer: "$4 for 30 tablets", "A1C test $25, lipid panel $30". A bill says "your balance".
    if (t.gap & G_CURRENCY && t.flags & T_DIGIT) general += prices++ === 0 ? 1 : 0.5;
    if (!cueTrie.startsWith(t.key)) continue;
    const m = cueTrie.match(tokens, i);
    if (!m) continue;
    // "Unity Community Health Center", "World Kidney Fund": a broadcast word inside a proper name says nothing.
    const properName = inProperName(tokens, i, m.end);
    for (const cue of m.entries) {
      if (seen.includes(cue.id)) continue;
      if (properName && cue.nameWord) continue;
      seen.push(cue.id);
      switch (cue.kind) {
        case Kind.General:
          general += cue.weight;
          break;
        case Kind.Personal:
          personal += cue.weight;
          break;
        case Kind.Strong:
          strong = true;
          personal += cue.weight;
          break;
        case Kind.Clinical:
          clinical = true;
          if (clinicalFirst < 0) clinicalFirst = i;
          clinicalLast = i;
          break;
        case Kind.Horoscope:
          horoscope = true;
          break;
        case Kind.Animal:
          // "39 Prairie Dog Pl", "Cat Island Rd": an animal word inside a place name says nothing.
          if (!(properName && PLACE_ANIMALS.has(t.key))) animal.push(i, m.end);
      }
    }
  }
  return { generalScore: general, personalScore: personal, strongPersonal: strong, clinical, clinicalFirst, clinicalLast, horoscope, animal };
}

/** Tokens [i, end) are capitalized mid-sentence next to another capitalized word: part of a name. */
function inProperName(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (!(t.flags & T_CAP) || t.flags & T_UPPER || t.gap & (G_START | G_SENTENCE | G_NEWLINE | G_COLON)) return false;
  const p = tokens[i - 1];
  const n = tokens[end];
  return (p !== undefined && (p.flags & T_CAP) !== 0 && t.gap === G_SPACE) || (n !== undefined && (n.flags & T_CAP) !== 0 && n.gap === G_SPACE);
}

let lastDoc: NormalizedText | null = null;
let lastCues: MessageCues | null = null;

/** Cues of a document, computed once per document. */
export function messageCues(doc: NormalizedText): MessageCues {
  if (doc === lastDoc && lastCues) return lastCues;
  lastCues = scanCues(tokenize(doc).tokens);
  lastDoc = doc;
  return lastCues;
}

/** Clinical vocabulary outside tokens [first, last]: "rehab" is no context for itself. */
export function clinicalOutside(cues: MessageCues, first: number, last: number): boolean {
  return cues.clinicalFirst >= 0 && (cues.clinicalFirst < first || cues.clinicalLast > last);
}

/**
 * The message is about an animal: veterinary vocabulary not inside a health term ("Rocco tested positive for
 * giardia", "Bella's insulin (Vetsulin) refill"). "Dog bite" on a person is a health term, not a cue about a pet.
 */
export function aboutAnAnimal(cues: MessageCues, spans: ReadonlyArray<{ readonly first: number; readonly last: number }>): boolean {
  for (let a = 0; a < cues.animal.length; a += 2) {
    const s = cues.animal[a]!;
    const e = cues.animal[a + 1]! - 1;
    if (!spans.some((c) => c.first <= s && c.last >= e)) return true;
  }
  return false;
}

/** True when the message is a broadcast: its health words are not about the recipient. */
export function isGeneral(cues: MessageCues, extraPersonal = 0, extraGeneral = 0, namedPerson = false): boolean {
  if (cues.strongPersonal || namedPerson) return false;
  const g = cues.generalScore + extraGeneral;
  return g >= 1.5 && g > cues.personalScore + extraPersonal;
}

/** Identifiers that tie a message to one person: a name, a record or member number, an account, an address. */
const PERSON_IDS = new Set(['name', 'mrn', 'health_plan_id', 'mbi', 'ssn', 'account', 'address', 'vin', 'device_id', 'license', 'card']);

/**
 * Whether earlier detectors (identifiers and names run before health) found something that identifies one person:
 * then an ambiguous health word ("Tylenol", "fever", "lithium") is read in its medical sense, as in
 * "Billing: charges for Tylenol posted to account 8552" or "Driver note: Kele ... needs wheelchair van, seizure".
 */
export function identifiesAPerson(found: readonly Finding[], start: number, end: number): boolean {
  // Not the word itself: "Hi Camila" is a name, and "Camila" a contraceptive brand.
  for (const f of found) if (PERSON_IDS.has(f.category) && (f.end <= start || f.start >= end)) return true;
  return false;
}

/** Whether an earlier detector (the name detector runs before health) found a person's name. */
export function namesAPerson(found: readonly Finding[]): boolean {
  for (const f of found) if (f.category === 'name') return true;
  return false;
}
