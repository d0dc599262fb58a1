// Is this message about one person or aimed at many? An SMS is addressed to one person, so by default what it
// says about health is about that person (or the patient it names). It is "general" only when broadcast cues
// (offers, events, tips, "all our locations") outweigh personal cues, and no strong personal cue
// (results, refill, dose, a named patient, clinical shorthand) is present. Sensitive classes get no exemption
// from this rule: "HIV testing available at all locations" is general, "Your HIV results are ready" is not.
import type { Finding, NormalizedText } from '../../types.js';
import { PhraseTrie } from '../../lexicon/phrase-trie.js';
import { G_PERCENT, tokenize, type Token } from '../../lexicon/tokenize.js';
import { CLINICAL_CUES, GENERAL_CUES, HOROSCOPE_CUES, PERSONAL_CUES, STRONG_PERSONAL_CUES } from './cue-lists.js';
import { parseTerms } from '../../lexicon/health-lexicon.js';

const enum Kind {
  General,
  Personal,
  Strong,
  Clinical,
  Horoscope,
}
interface Cue {
  readonly kind: Kind;
  readonly weight: number;
  readonly id: number;
}

const cueTrie = new PhraseTrie<Cue>();
let nextId = 0;
function addCues(kind: Kind, weight: number, list: string): void {
  for (const [text] of parseTerms(list)) cueTrie.addPhrase(text, { kind, weight, id: nextId++ });
}
for (const [w, list] of GENERAL_CUES) addCues(Kind.General, w, list);
for (const [w, list] of PERSONAL_CUES) addCues(Kind.Personal, w, list);
addCues(Kind.Strong, 3, STRONG_PERSONAL_CUES);
addCues(Kind.Clinical, 0, CLINICAL_CUES);
addCues(Kind.Horoscope, 0, HOROSCOPE_CUES);

export interface MessageCues {
  /** Broadcast weight and personal weight (for explanations and tests). */
  readonly generalScore: number;
  readonly personalScore: number;
  /** A strong personal cue is present. */
  readonly strongPersonal: boolean;
  /** Clinical vocabulary is present. */
  readonly clinical: boolean;
  /** Astrology vocabulary is present. */
  readonly horoscope: boolean;
}

export function scanCues(tokens: readonly Token[]): MessageCues {
  let general = 0;
  let personal = 0;
  let strong = false;
  let clinical = false;
  let horoscope = false;
  const seen: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.key === 'off' && t.gap & G_PERCENT) general += 2; // "20% off"
    if (!cueTrie.startsWith(t.key)) continue;
    const m = cueTrie.match(tokens, i);
    if (!m) continue;
    for (const cue of m.entries) {
      if (seen.includes(cue.id)) continue;
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
          break;
        case Kind.Horoscope:
          horoscope = true;
      }
    }
  }
  return { generalScore: general, personalScore: personal, strongPersonal: strong, clinical, horoscope };
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

/** True when the message is a broadcast: its health words are not about the recipient. */
export function isGeneral(cues: MessageCues, extraPersonal = 0, extraGeneral = 0, namedPerson = false): boolean {
  if (cues.strongPersonal || namedPerson) return false;
  const g = cues.generalScore + extraGeneral;
  return g >= 1.5 && g > cues.personalScore + extraPersonal;
}

/** Whether an earlier detector (the name detector runs before health) found a person's name. */
export function namesAPerson(found: readonly Finding[]): boolean {
  for (const f of found) if (f.category === 'name') return true;
  return false;
}
