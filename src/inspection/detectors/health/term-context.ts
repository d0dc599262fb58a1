// Where a health word is not health information about anyone: in an organisation's name, as a short-code
// keyword, inside a web address, or in its ordinary sense ("a stroke of luck", "Cancer" in a horoscope).
import {
  G_CLOSE,
  G_COLON,
  G_COMMA,
  G_DASH,
  G_HYPHEN,
  G_NEWLINE,
  G_SENTENCE,
  G_SPACE,
  G_START,
  T_CAP,
  T_NUMBER,
  T_SINGLE,
  T_UPPER,
  type Token,
} from '../../lexicon/tokenize.js';
import type { Candidate } from './health-detector.js';

/** Words that end or continue an organisation's name: "Summit Dialysis Center", "Valley Behavioral Health". */
const ORG_WORDS = new Set([
  'clinic', 'clinics', 'center', 'centre', 'centers', 'group', 'associates', 'institute', 'hospital', 'services',
  'practice', 'partners', 'specialists', 'foundation', 'association', 'society', 'care', 'health', 'network',
  'pllc', 'llc', 'inc', 'pc', 'department', 'dept', 'program', 'alliance', 'consultants', 'physicians',
  'medical', 'medicine', 'pharmacy', 'labs', 'lab', 'laboratory', 'laboratories', 'hospice', 'rehab',
  'rehabilitation', 'wellness', 'solutions', 'unit', 'ward', 'wing', 'pavilion', 'building', 'office',
]);

/** Words before a name that make it a place you go to or hear from: "at", "from", "visit". */
const ORG_BEFORE = new Set(['at', 'from', 'with', 'visit', 'via', 'by', 'to', 'of', 'thank', 'thanks', 'welcome']);

/** Function words do not make a Title Case run a name: "Your Colonoscopy Prep", "The Dialysis Unit". */
const FUNCTION_WORDS = new Set([
  'your', 'our', 'my', 'his', 'her', 'their', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'new', 'next',
  'last', 'and', 'or', 'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'is', 'are', 'was', 'be',
  'please', 'reminder', 'important', 'urgent', 'notice', 'update', 'alert', 'schedule', 'scheduled', 'recheck',
  'repeat', 'check', 'critical', 'result', 'results', 'appt', 'appointment', 'call', 'today', 'tomorrow',
]);

/** A capitalized word (not an acronym, not one letter), as in a proper name. */
function titleCase(t: Token): boolean {
  return (t.flags & T_CAP) !== 0 && !(t.flags & (T_UPPER | T_SINGLE | T_NUMBER));
}

/** Only a space between two words of one name. */
const IN_NAME_GAP = G_SPACE;

/**
 * A health term inside a Title Case organisation name: "Rainier Physical Therapy", "Summit Dialysis Center",
 * "Valley Behavioral Health: your code is ...". A clinic's name says who sends the message, not what the
 * recipient has (the corpus labels it so, and the sender's own name is on every message it sends). The term
 * must itself be written in Title Case ("Recheck TSH", "F DVT" are not names) and the name must hold a word
 * besides the term ("Physical Therapy: your session..." is a department heading about the recipient).
 */
export function inOrganisationName(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.first]!;
  if (!(first.flags & T_CAP)) return false;
  const after = tokens[c.last + 1];
  const orgAfter = after !== undefined && after.flags & T_CAP && ORG_WORDS.has(after.key) && after.gap === IN_NAME_GAP;
  if (orgAfter) return true;
  for (let k = c.first; k <= c.last; k++) if (!titleCase(tokens[k]!)) return false;
  // A brand name is always capitalized ("Aram's Tamiflu", "your Invega Sustenna"): a drug is in a name only when
  // an organisation word follows it ("Ozempic Savings Program" is handled above, "Humira Complete Services" here).
  if (c.term.category === 'medication') {
    for (let k = c.last + 1; k < tokens.length && k <= c.last + 3 && tokens[k]!.gap === IN_NAME_GAP && titleCase(tokens[k]!); k++) {
      if (ORG_WORDS.has(tokens[k]!.key)) return true;
    }
    return false;
  }
  let s = c.first;
  while (s > 0 && tokens[s]!.gap === IN_NAME_GAP && titleCase(tokens[s - 1]!) && !FUNCTION_WORDS.has(tokens[s - 1]!.key)) s--;
  let e = c.last;
  while (e + 1 < tokens.length && tokens[e + 1]!.gap === IN_NAME_GAP && titleCase(tokens[e + 1]!) && !FUNCTION_WORDS.has(tokens[e + 1]!.key)) e++;
  if (s === c.first && e === c.last) return false;
  for (let k = c.last + 1; k <= e; k++) if (ORG_WORDS.has(tokens[k]!.key)) return true;
  const head = tokens[s]!;
  const before = s > 0 ? tokens[s - 1]! : undefined;
  if (before !== undefined && ORG_BEFORE.has(before.key) && !(head.gap & (G_SENTENCE | G_COLON))) return true;
  // Capitalized mid-sentence with a name word before the term: "Rainier Physical Therapy will call". A run
  // that starts at the term is Title Case writing, not a name: "Chronic Kidney Disease Stage 3", "your
  // Colonoscopy Prep Instructions".
  if (s < c.first && !(head.gap & (G_START | G_SENTENCE | G_NEWLINE | G_COLON))) return true;
  // A sender's name heading the message: "Valley Behavioral Health: ...", "Summit Physical Therapy - ..."
  const next = tokens[e + 1];
  return head.gap & G_START ? next === undefined || (next.gap & (G_COLON | G_DASH | G_COMMA | G_NEWLINE | G_CLOSE)) !== 0 : false;
}

/**
 * Part of an order, tracking or reference number: "Order #A1C-4491", "ref HIV-20931". A term right after '#', or
 * joined by a hyphen to a run of 3+ digits, is a code ("HIV-1", "COVID-19" are terms, "CA-125" is listed).
 */
export function inIdentifier(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const start = tokens[c.first]!.start;
  if (start > 0 && text.charCodeAt(start - 1) === 35) return true; // '#'
  if (c.first !== c.last) return false; // "INR to 1-505-305-7925": a value, then a phone number
  const n = tokens[c.last + 1];
  return n !== undefined && n.gap === G_HYPHEN && n.start === tokens[c.last]!.end + 1 && (n.flags & T_NUMBER) !== 0 && n.end - n.start >= 3;
}

const KEYWORD_VERBS = new Set(['text', 'txt', 'reply', 'send', 'sms', 'msg']);

/** A short-code keyword: "Text FLU to 46843", "Reply QUIT to stop". The sender invites everyone to text it. */
export function isKeyword(tokens: readonly Token[], c: Candidate): boolean {
  if (c.first !== c.last) return false;
  const t = tokens[c.first]!;
  if (!(t.flags & T_UPPER) || c.first === 0 || !KEYWORD_VERBS.has(tokens[c.first - 1]!.key)) return false;
  const n = tokens[c.first + 1];
  return n === undefined || n.gap & (G_SENTENCE | G_COMMA) ? true : n.key === 'to' || n.key === 'for';
}

const WEB = /(?:https?:\/\/|www\.|[a-z0-9-]\.(?:com|org|net|edu|gov|health|care|us|io|co|info|me|ly)\/)/i;

/** Inside a web address or an e-mail address: "valleybh.org/covid-vaccine", "chemo@clinic.org". */
export function inWebAddress(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const start = tokens[c.first]!.start;
  const end = tokens[c.last]!.end;
  let s = start;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  const chunk = text.slice(s, e);
  // An e-mail address has a dotted domain after the '@'; "chl@mydia" is a disguised word.
  return /@[^@\s]*\./.test(chunk) || WEB.test(chunk);
}

const ANIMALS = new Set(['pet', 'pets', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'horse', 'vet', 'veterinary', 'veterinarian']);

/** "Your pet's surgery", "your dog's rabies vaccine": an animal's health is not a person's. */
function aboutAnimal(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (ANIMALS.has(tokens[k]!.key)) return true;
    if (tokens[k + 1]!.gap & G_SENTENCE) return false;
  }
  return false;
}

const CONDITIONAL = new Set(['if', 'unless', 'should', 'si', 'kung']);
const ANYONE = new Set(['you', 'u', 'anyone', 'someone', 'anybody', 'they', 'tiene', 'usted', 'su', 'tu', 'alguien']);

/**
 * "If you develop a fever, call to reschedule", "do not come if you have COVID symptoms", "should anyone feel
 * sick": a condition the recipient may have, not one they have. "If the rash spreads", "if your fever returns"
 * speak of one they have, and stay findings.
 */
export function hypothetical(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    if (CONDITIONAL.has(tokens[k]!.key)) return k + 1 < first && ANYONE.has(tokens[k + 1]!.key);
    if (tokens[k + 1]!.gap & (G_SENTENCE | G_COMMA)) return false;
  }
  return false;
}

/** Nouns that make a service a place: "the infusion center moved", "your infusion chair is Bay 4", "PACU machine". */
const PLACE_AFTER = new Set([
  'chair', 'chairs', 'center', 'centre', 'suite', 'station', 'stations', 'site', 'sites', 'room', 'lounge', 'desk',
  'wing', 'floor', 'entrance', 'machine', 'area', 'bay', 'hallway', 'elevator', 'elevators', 'parking', 'lobby',
  'cuff', 'cuffs',
]);
/** Hospital units named as places: "ICU 15 is clean", "PACU machine", "on ICU". */
const UNITS = new Set(['icu', 'pacu', 'nicu', 'picu', 'ed', 'er', 'or', 'ccu', 'micu', 'sicu']);
const PLACE_VERBS = new Set(['is', 'are', 'moved', 'has', 'have', 'opens', 'closes', 'closed']);

/**
 * A service named as a place, not something done to the recipient: "The infusion center moved to Bay 24",
 * "MRI is in the basement", "ICU 15 is clean and ready", "a lab draw station". "Your MRI is Tuesday" and
 * "Remicade infusion" stay findings.
 */
export function asPlace(tokens: readonly Token[], c: Candidate): boolean {
  if (c.term.category !== 'procedure' && c.term.category !== 'lab') return false;
  // "infusion chair", "infusion center" are listed terms: the place noun is their own last word.
  let noun = c.last > c.first && PLACE_AFTER.has(tokens[c.last]!.key) ? c.last : -1;
  const n = tokens[c.last + 1];
  if (noun < 0 && n !== undefined && PLACE_AFTER.has(n.key) && n.gap & (G_SPACE | G_DASH)) noun = c.last + 1;
  // ... unless it is the recipient's slot: "Dialysis chair time changed to 5:30am".
  if (noun >= 0) return !SLOT_WORDS.has(tokens[noun + 1]?.key ?? '');
  if (n === undefined) return false;
  const unit = c.first === c.last && UNITS.has(tokens[c.first]!.key);
  if (unit && n.flags & T_NUMBER) return true; // "ICU 15", "ED 4"
  // "MRI is in the basement level B2", "Radiology is on the 2nd floor": a location sentence.
  if (c.possessed || !PLACE_VERBS.has(n.key)) return false;
  const n2 = tokens[c.last + 2];
  if (n2 === undefined || (n2.key !== 'in' && n2.key !== 'on' && n2.key !== 'located')) return false;
  for (let k = c.last + 3; k < tokens.length && k <= c.last + 5; k++) if (LOCATION_NOUNS.has(tokens[k]!.key)) return true;
  return false;
}

const SLOT_WORDS = new Set(['time', 'times', 'appointment', 'appt', 'schedule', 'assignment']);
const LOCATION_NOUNS = new Set(['basement', 'level', 'floor', 'building', 'wing', 'lobby', 'suite', 'tower', 'annex', 'hallway']);

const PARCEL_BEFORE = new Set(['pharmacy', 'home', 'free', 'same', 'mail', 'courier', 'drug', 'medication', 'order', 'package', 'prescription', 'rx', 'contactless', 'curbside']);

/** Verbs that give someone a condition: "Tomas has a fever", "seen for earache", "tiene fiebre", "gen lafyèv". */
const HAVING = new Set([
  'has', 'had', 'have', 'having', 'got', 'gets', 'developed', 'develops', 'complaining', 'complains', 'complained',
  'reports', 'reported', 'reporting', 'suffering', 'suffers', 'diagnosed', 'tiene', 'tuvo', 'tenia', 'presenta', 'tem',
  'teve', 'gen', 'may', 'maua', 'qabaa', 'ma', 'bhayo', 'co', 'bi',
]);
/** Who can have a condition: a name ("Tomas has"), a pronoun or a person ("my son has", "pt has"). */
const PERSONS = new Set([
  'he', 'she', 'i', 'we', 'they', 'u', 'you', 'son', 'daughter', 'child', 'kid', 'baby', 'mom', 'mum', 'dad', 'mother',
  'father', 'wife', 'husband', 'partner', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'brother', 'sister',
  'pt', 'patient', 'resident', 'student', 'hijo', 'hija', 'bebe', 'ella', 'el', 'nino', 'nina', 'mama', 'papa', 'abuela',
  'abuelo', 'li', 'ou', 'pitit', 'siya', 'ele', 'filho', 'filha', 'also', 'still', 'now', 'already', 'just',
]);
function isPerson(t: Token): boolean {
  return PERSONS.has(t.key) || ((t.flags & T_CAP) !== 0 && !(t.flags & T_UPPER) && !(t.gap & G_START));
}

const HAVING_SKIP = new Set(['a', 'an', 'the', 'some', 'bad', 'severe', 'mild', 'high', 'new', 'another', 'un', 'una', 'de', 'of', 'le', 'i', 'ng', 'with', 'from', 'for']);

/**
 * A condition someone has: "Tomas has a fever", "complained of sore throat", "tiene fiebre". Context enough for a
 * symptom word that alone could be ordinary ("fever", "rash"); a condition after "if you" stays hypothetical.
 */
export function hadBySomeone(tokens: readonly Token[], c: Candidate): boolean {
  if (c.term.category !== 'condition') return false;
  for (let k = c.first - 1; k >= 0 && k >= c.first - 3; k--) {
    if (tokens[k + 1]!.gap & (G_SENTENCE | G_COLON)) return false;
    const key = tokens[k]!.key;
    if (HAVING.has(key)) return k > 0 && isPerson(tokens[k - 1]!) && !(k > 1 && CONDITIONAL.has(tokens[k - 2]!.key));
    if (!HAVING_SKIP.has(key)) return false;
  }
  return false;
}

const FIGURATIVE_VERBS = new Set(['gave', 'give', 'gives', 'giving', 'gonna']);

/** "that exam gave me PTSD lol", "that plot twist gave me a heart attack": said of a feeling, not a diagnosis. */
function figurative(tokens: readonly Token[], c: Candidate): boolean {
  if (c.term.category !== 'condition') return false;
  for (let k = c.first - 1; k >= 0 && k >= c.first - 3; k--) {
    const key = tokens[k]!.key;
    if (key === 'me' || key === 'a' || key === 'an' || key === 'u' || key === 'you') continue;
    return FIGURATIVE_VERBS.has(key) && (tokens[k + 1]!.key === 'me' || tokens[k + 1]!.key === 'u');
  }
  return false;
}

/** Ordinary-sense guards: "a stroke of luck", "depressed the button", "Cancer" in a horoscope, a pet's surgery. */
export function ordinarySense(tokens: readonly Token[], c: Candidate, horoscope: boolean): boolean {
  if (aboutAnimal(tokens, c.first) || figurative(tokens, c)) return true;
  if (c.first !== c.last) return false;
  const key = tokens[c.first]!.key;
  const next = tokens[c.first + 1]?.key;
  switch (key) {
    case 'cancer':
      return horoscope;
    case 'stroke':
    case 'strokes':
      return next === 'of' || tokens[c.first - 1]?.key === 'brush' || tokens[c.first - 1]?.key === 'back';
    case 'delivery': // "pharmacy delivery", "home delivery to ZIP ...": a parcel, not a birth
    case 'deliveries': {
      const p = tokens[c.first - 1]?.key;
      return (p !== undefined && PARCEL_BEFORE.has(p)) || next === 'to' || next === 'fee' || next === 'driver' || next === 'window';
    }
    case 'depressed':
      return next === 'the' || next === 'a' || next === 'button' || next === 'key' || next === 'pedal';
    default:
      return false;
  }
}
