// Words around a candidate name that say whose name it is (see name-context.ts for the word lists).
import { healthTrie } from '../../lexicon/health-lexicon.js';
import { N_AMBIGUOUS, N_GIVEN, N_SURNAME, nameFlags } from '../../lexicon/name-lexicon.js';
import { classify, STRONG } from './name-classes.js';
import {
  G_COLON,
  G_COMMA,
  G_DASH,
  G_HYPHEN,
  G_NEWLINE,
  G_OPEN,
  G_PERIOD,
  G_SENTENCE,
  G_SLASH,
  G_SPACE,
  G_START,
  T_CAP,
  T_NUMBER,
  T_POSSESSIVE,
  T_UPPER,
  type Token,
} from '../../lexicon/tokenize.js';
import {
  CARE_VERBS,
  CLINICAL_VERBS,
  COVER_WORDS,
  AMBIGUOUS_TITLES,
  CREDENTIALS,
  FOREIGN_KIN,
  GREETING_PAIRS,
  GREETINGS,
  HONORIFICS,
  ORG_BEFORE,
  ORG_SUFFIXES,
  OWNED_TESTS,
  PERSONAL_THINGS,
  PLACE_PREFIXES,
  POSSESSIVES,
  PROVIDER_TITLES,
  RECORD_AFTER,
  RELATIONS,
  ROLES,
  STAFF_AFTER,
  STAFF_BEFORE,
  STATE_CODES,
  TIME_GREETINGS,
  TO_VERBS,
} from './name-context.js';

export const enum Anchor {
  None,
  Soft,
  Strong,
  Greeting,
}

export interface Before {
  anchor: Anchor;
  /** After "Dr.", "nurse", "driver": a provider's or staff member's name. */
  provider: boolean;
  /** After "St.", "Mount", a number: a place. */
  place: boolean;
  /** "This is Jessica", "Thanks, Jessica", "- Jessica": staff signing. */
  staff: boolean;
  /** The word before is an honorific ("Mr.", "Ms"). */
  honorific: boolean;
  /**
   * A caller introducing themselves ("this is gloria reyes, I need...") or a name label ("Pt name: gloria
   * reyes"): a transcript or a typed form may be in lower case.
   */
  caller: boolean;
}

// "ask for Maria at the desk", "vote for Johnson": staff or a candidate, not a patient.
/** Where a patient lies: "bed 14 Fitzgerald", "rm 302 Okafor". */
const BED_WORDS = new Set(['bed', 'rm', 'room', 'bay', 'stretcher', 'cubicle', 'pod', 'unit', 'bd']);

/** Header words that anchor a name only with a colon: "RE: Maria Lopez", "Name: ...", "Subject: ...". */
const COLON_ROLES = new Set(['name', 're', 'attn', 'fao', 'subject']);

/** What a caller leaves: after "Voicemail from", "Missed call from" comes the caller. */
const VOICE_NOUNS = new Set(['voicemail', 'vm', 'call', 'message', 'msg', 'text', 'callback', 'fax', 'voicemessage']);

/** Verbs of a request a patient makes or a thing they lose: "requested by", "lost by", "left by". */
const BY_VERBS = new Set(['requested', 'submitted', 'lost', 'left', 'dropped', 'picked', 'signed', 'initiated', 'placed', 'made']);

/** Things a service issues: what comes after "code for", "account for" is the service. */
const SERVICE_NOUNS = new Set(['code', 'passcode', 'pin', 'password', 'login', 'otp']);

/** "for" in Spanish, Portuguese, Haitian Creole and Vietnamese: "Nueva dirección para Nemesio Alvarado". */
const FOREIGN_FOR = new Set(['para', 'pou', 'cho']);

const FIRST_PERSON = new Set(['i', 'im', 'my', 'mine', 'ive', 'id']);

/**
 * "I", "my" within the next dozen words, and no title after the name ("This is Dana, your nurse navigator"):
 * the speaker talks about their own care.
 */
function firstPersonAfter(tokens: readonly Token[], i: number): boolean {
  // "..., your nurse navigator", "... from Sunrise Clinic": staff.
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) if (PROVIDER_TITLES.has(tokens[k]!.key) || tokens[k]!.key === 'from') return false;
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) if (FIRST_PERSON.has(tokens[k]!.key)) return true;
  return false;
}

const ASK_FOR = new Set(['ask', 'asking', 'look', 'call', 'vote', 'voting', 'elect', 'cheer', 'root']);

/** Punctuation that opens a clause: what follows starts fresh ("... (son)", "; Husband ..."). */
const CLAUSE_START = G_SENTENCE | G_NEWLINE | G_COLON | G_OPEN | G_COMMA | G_DASH;

/** Every word the chain below tests: a word outside it anchors nothing (one lookup for most words). */
const ANCHOR_WORDS = new Set<string>([
  ...['ma', 'is', 'was', 'a', 'from', 'of', 'by', 'on', 'thanks', 'thank', 'for', 'about', 'regarding', 'to', 'its', 'im', 'it'],
]);
for (const s of [PROVIDER_TITLES, HONORIFICS, FOREIGN_KIN, AMBIGUOUS_TITLES, GREETINGS, ROLES, RELATIONS, PLACE_PREFIXES, ORG_BEFORE, CARE_VERBS, FOREIGN_FOR, POSSESSIVES, STAFF_BEFORE]) {
  for (const w of s) ANCHOR_WORDS.add(w);
}
for (const w of GREETING_PAIRS.keys()) ANCHOR_WORDS.add(w);

/** Anchor before token i, and whether it says "provider", "place" or "staff" instead. */
// Anchors of the current message's tokens, computed once each (the detectors run one message at a time, and a
// candidate asks for its anchor from several rules). Callers only read the result.
let memoTokens: readonly Token[] | null = null;
const memo: Array<Before | undefined> = [];

export function anchorBefore(tokens: readonly Token[], i: number): Before {
  if (tokens !== memoTokens) {
    memoTokens = tokens;
    memo.length = 0;
  }
  return (memo[i] ??= computeAnchorBefore(tokens, i));
}

function computeAnchorBefore(tokens: readonly Token[], i: number): Before {
  const r: Before = { anchor: Anchor.None, provider: false, place: false, staff: false, honorific: false, caller: false };
  if (i === 0) return r;
  const t = tokens[i]!;
  if (t.gap & (G_SENTENCE | G_NEWLINE) && !(t.gap & G_PERIOD && !(t.gap & ~(G_PERIOD | G_SENTENCE | 2)))) return r;
  const p = tokens[i - 1]!;
  const k = p.key;
  // "- Jessica", "- Maria, front desk": a sign-off ends the message; "Hub offline 48h - Dil Ghimire, last seen..." goes on.
  // Staff sign with a given name; a bare surname there labels the patient ("Refill ready - Okonkwo").
  if ((t.gap & G_DASH || (t.gap & G_HYPHEN && t.gap & 2)) && tokens.length - i <= 4 && !surnameOnly(t.key)) r.staff = true;
  if (!ANCHOR_WORDS.has(k) && !(p.flags & T_NUMBER)) return r;
  // "PA Lee", but "Pa Nhia Xiong" is Hmong and "Hospice RN: Ana Lopez passed" a sender's label.
  if (PROVIDER_TITLES.has(k) && (k !== 'pa' || p.flags & T_UPPER) && !(t.gap & G_COLON)) r.provider = true;
  else if (k === 'ma' && p.flags & T_UPPER && t.flags & T_CAP) r.provider = true; // "MA Lupe": a medical assistant
  else if (HONORIFICS.has(k) || (t.gap === G_SPACE && (FOREIGN_KIN.has(k) || (AMBIGUOUS_TITLES.has(k) && t.flags & T_CAP && !(t.flags & T_UPPER) && !(p.flags & T_UPPER))))) {
    r.anchor = Anchor.Strong;
    r.honorific = true;
  } else if (GREETINGS.has(k) && !(t.gap & G_SENTENCE)) {
    // "Good evening Maria", "Evening, Maria" greet; "Evening Light" is a name of a place.
    const vocative = p.gap & G_START && (tokens[i + 1]?.gap ?? G_COMMA) & G_COMMA; // "Morning Wei, ..."
    if (!TIME_GREETINGS.has(k) || tokens[i - 2]?.key === 'good' || vocative) r.anchor = Anchor.Greeting;
  } else if (GREETING_PAIRS.has(k) && tokens[i - 2]?.key === GREETING_PAIRS.get(k) && !(t.gap & G_SENTENCE)) r.anchor = Anchor.Greeting;
  else if (ROLES.has(k) && !(t.gap & G_SENTENCE)) {
    // "re Zarghuna Beridze" without its colon still says whom a note is about, softly.
    r.anchor = COLON_ROLES.has(k) ? (t.gap & G_COLON || p.gap & G_OPEN ? Anchor.Strong : k === 're' && t.gap === G_SPACE ? Anchor.Soft : Anchor.None) : Anchor.Strong;
    r.caller = k === 'name' && (t.gap & G_COLON) !== 0; // "Pt name: gloria reyes"
  }
  else if ((k === 'is' || k === 'was') && i >= 2 && PROVIDER_TITLES.has(tokens[i - 2]!.key)) r.provider = true; // "your coordinator is Tasha"
  else if (RELATIONS.has(k) && !(p.flags & T_POSSESSIVE) && !(t.gap & CLAUSE_START)) {
    // "your son Tim", and a relation opening a clause: "Husband Abdul Al-Hashimi can be reached", "(daughter Ana)"
    const possessed = i >= 2 && POSSESSIVES.has(tokens[i - 2]!.key);
    if (possessed || i === 1 || p.gap & CLAUSE_START) r.anchor = Anchor.Strong;
  } else if (((PLACE_PREFIXES.has(k) && p.flags & T_CAP) || ORG_BEFORE.has(k)) && !(t.gap & (G_COLON | G_COMMA | G_OPEN | G_DASH))) r.place = true; // not "5 West: Ingeborg ..."
  else if (k === 'a' && p.gap & G_SLASH && i >= 2 && FOREIGN_KIN.has(tokens[i - 2]!.key)) {
    r.anchor = Anchor.Strong; // "Su hijo/a Yadira"
    r.honorific = true;
  }
  else if (k === 'from' && voiceBefore(tokens, i - 1) && !(t.gap & CLAUSE_START)) r.anchor = Anchor.Strong; // "Voicemail from Gloria Reyes", "New voicemail (0:42) from ..."
  else if (k === 'of' && (tokens[i - 2]?.key === 'behalf' || tokens[i - 2]?.key === 'family')) r.anchor = Anchor.Strong; // "calling on behalf of Ana Ruiz", "family of Brennan"
  else if (k === 'by' && i >= 2 && BY_VERBS.has(tokens[i - 2]!.key)) r.anchor = Anchor.Soft;
  else if (k === 'on' && t.gap === G_SPACE) r.anchor = Anchor.Soft; // "can you check on Okafor", "critical K 6.8 on Kristjansson"
  else if ((k === 'thanks' || k === 'thank') && t.gap === G_SPACE && tokens[i + 1]?.key === 'for') r.anchor = Anchor.Strong; // "thanks Priya for coming" // "Callback requested by Ana Ruiz"
  else if (k === 'for' && i >= 2 && SERVICE_NOUNS.has(tokens[i - 2]!.key)) r.place = true; // "your login code for Kaimana"
  else if (k === 'for' || k === 'about' || k === 'regarding' || CARE_VERBS.has(k) || FOREIGN_FOR.has(k)) r.anchor = Anchor.Soft;
  else if (k === 'to' && i >= 2 && handsOver(tokens[i - 2]!.key)) r.anchor = Anchor.Soft; // "registered to Arellano"
  else if (p.flags & T_NUMBER && t.gap === G_SPACE) {
    // "12 Birch" is a street; "bed 14 Fitzgerald", "Rm 3 Lopez" is the patient in it.
    const q = tokens[i - 2];
    if (q !== undefined && BED_WORDS.has(q.key) && !(p.gap & CLAUSE_START)) r.anchor = Anchor.Soft;
    else r.place = true;
  }
  else if (POSSESSIVES.has(k)) r.place = true; // "your Dunkin order": something owned, not someone
  else if ((k === 'is' && (tokens[i - 2]?.key === 'this' || tokens[i - 2]?.key === 'name')) || ((k === 'its' || k === 'im' || (k === 'it' && p.flags & T_POSSESSIVE)) && p.gap & (CLAUSE_START | G_START))) {
    // "This is Jessica from Sunrise Clinic" is staff; "this is Gloria, I need to move my appointment" is a caller
    // (a voicemail transcript): callers speak of themselves, staff of "we". So do "my name is", "it's", "I'm",
    // "hey its tomasz".
    if (firstPersonAfter(tokens, i)) {
      r.anchor = Anchor.Strong;
      r.caller = true;
    } else r.staff = true;
  } else if ((k === 'its' || k === 'im' || (k === 'it' && p.flags & T_POSSESSIVE)) && GREETINGS.has(tokens[i - 2]?.key ?? '') && firstPersonAfter(tokens, i)) {
    // "hey its tomasz, I need...": a caller after a greeting; without "I"/"my" nothing is said of them.
    r.anchor = Anchor.Strong;
    r.caller = true;
  }
  // "This is Jessica", "ask for Maria at the front desk"
  if (STAFF_BEFORE.has(k) || (r.anchor === Anchor.Soft && i >= 2 && ASK_FOR.has(tokens[i - 2]!.key))) {
    // "Please call Thandiwe about her A1c": whom one calls about their own care is a patient, not staff.
    if (CALL_VERBS.has(k) && thirdPersonAfter(tokens, i)) r.anchor = Anchor.Soft;
    else r.staff = true;
  }
  return r;
}

const CALL_VERBS = new Set(['call', 'text', 'contact']);
const THIRD_PERSON = new Set(['his', 'her', 'him', 'he', 'she', 'hes', 'shes']);

/**
 * A voice noun just before "from" at p, past a bracketed length or time or whom it is for: "New voicemail (0:42)
 * from", "Voicemail for Dr. Patel from".
 */
function voiceBefore(tokens: readonly Token[], p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 5; k--) {
    const t = tokens[k]!;
    if (VOICE_NOUNS.has(t.key)) return true;
    if (!(t.flags & (T_NUMBER | T_CAP)) && t.key !== 'for') return false;
  }
  return false;
}

/** "his", "her" within the next five words of the same sentence: "Beridze pulled out his IV". */
export function possessiveAfter(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k]!;
    if (t.gap & (G_SENTENCE | G_NEWLINE)) return false;
    if (t.key === 'his' || t.key === 'her') return true;
  }
  return false;
}

/** "his", "her" within the next four words, in the same sentence. */
function thirdPersonAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (tokens[k]!.gap & (G_SENTENCE | G_NEWLINE)) return false;
    if (THIRD_PERSON.has(tokens[k]!.key)) return true;
  }
  return false;
}

function surnameOnly(key: string): boolean {
  const f = nameFlags(key);
  return (f & N_SURNAME) !== 0 && (f & (N_GIVEN | N_AMBIGUOUS)) === 0;
}

/** "assigned to", "registered to", "sent to": something handed over to a person. */
function handsOver(verb: string): boolean {
  return TO_VERBS.has(verb) || (verb.length > 4 && verb.endsWith('ed') && verb !== 'moved' && verb !== 'changed' && verb !== 'switched');
}

export interface After {
  /** Age/sex, a record word ("DOB", "SSN"): the name is a person on record. */
  strong: boolean;
  /** Clinical shorthand follows: "Adeyemi fell overnight". */
  soft: boolean;
  provider: boolean;
  org: boolean;
  staff: boolean;
  /** A colleague: "Ricky is covering", "Trinh Luong, our pharmacy tech". */
  colleague: boolean;
  /** A verb only a living being is the subject of follows ("passed away", "vomited"). */
  personal: boolean;
  /** Strong only for owning something ("Bella's heartworm refill"): a pet owns things too. */
  owned: boolean;
}

const PERSON_VERBS = new Set(['passed', 'died', 'expired', 'vomited', 'eloped', 'desatting', 'desaturating', 'fell', 'complained', 'consented']);

/** "Alder is hiring", "Kaimana is moving!": what a business does, not a person. */
const ORG_STATES = new Set(['hiring', 'moving', 'closed', 'open', 'closing', 'opening', 'relocating', 'expanding']);

const AGE_SEX = /^(\d{1,3})(?:[mf]|yo|y|yrs?|yof|yom)?$/;

/** Whatever follows the name span [i, j) says about it. */
export function after(tokens: readonly Token[], j: number, i = j - 1): After {
  const r: After = { strong: false, soft: false, provider: false, org: false, staff: false, colleague: false, owned: false, personal: false };
  const n = tokens[j];
  if (!n) return r;
  const k = n.key;
  if (CREDENTIALS.has(k) && n.flags & (T_CAP | 16) && !(n.gap & G_SENTENCE)) r.provider = true;
  else if (ORG_SUFFIXES.has(k) && !(OWNED_TESTS.has(k) && tokens[j - 1]!.flags & T_POSSESSIVE) && !(n.gap & (G_SENTENCE | G_COMMA | G_NEWLINE)) && (n.flags & T_CAP || k === 'st' || k === 'ln' || k === 'rd')) r.org = true;
  else if (n.gap & G_COMMA && n.flags & T_UPPER && STATE_CODES.has(k)) r.org = true; // "Austin, TX": a city
  else if (n.gap & (G_OPEN | G_COMMA) && isAgeSex(tokens, j)) r.strong = true; // "(88F)", ", 92,"
  else if (n.gap === G_SPACE && /^\d{1,3}(?:[mf]|yo|yof|yom)$/.test(k) && isAgeSex(tokens, j)) r.strong = true; // "Mendez 82F"
  else if (k === 'is' && ORG_STATES.has(tokens[j + 1]?.key ?? '') && !(n.gap & G_SENTENCE)) r.org = true; // "Alder is hiring"
  else if (k === 'is' && COVER_WORDS.has(tokens[j + 1]?.key ?? '') && !(n.gap & G_SENTENCE)) r.staff = r.colleague = true; // "Ricky is covering"
  else if (RECORD_AFTER.has(k) && !(n.gap & G_SENTENCE)) r.strong = true;
  else if (n.gap & G_OPEN && kinInBrackets(tokens, j)) r.strong = true; // "Imelda (his daughter)", "Neimy Nawaqa (daughter)"
  // "Ewa in 204 wants", "Siosaia Ngata in 12 needs": a room after a known name or a full one ("Pyxis in 5N is down"
  // is a machine).
  else if (k === 'in' && n.gap === G_SPACE && tokens[i]!.flags & T_CAP && (j - i >= 2 || classify(tokens, i) === STRONG) && roomNumber(tokens, j + 1)) r.strong = true;
  else if (CLINICAL_VERBS.has(k) && !(n.gap & G_SENTENCE)) {
    r.soft = true;
    // "Brandy passed away", "Hope vomited x2": only a person (or a pet) does these, whatever else the word means.
    r.personal = PERSON_VERBS.has(k) && (k !== 'passed' || tokens[j + 1]?.key === 'away') && !(n.flags & T_CAP);
  }
  else if (tokens[j - 1]!.flags & T_POSSESSIVE && ownedAfter(tokens, i, j)) r.strong = r.owned = true; // "Ibrahim's mom", "Ana's next ride"
  else if (k === 'family' && !(n.flags & T_CAP) && !(n.gap & G_SENTENCE)) r.strong = true; // "the Rodriguez family"
  else if (k === 'our' && n.gap & G_COMMA) r.staff = r.colleague = true; // "Trinh Luong, our pharmacy tech of the year"
  else if (STAFF_AFTER.has(k) && !(n.gap & G_SENTENCE)) {
    const m = tokens[j + 1];
    // "Maria from billing" is staff; "escort for Olufemi from radiology" is a patient going somewhere.
    const origin = k === 'from' && tokens[i - 1]?.key === 'for';
    if (origin) return r;
    if (k === 'here' || (k === 'from' && m && !(m.flags & T_NUMBER)) || (m && m.flags & T_CAP && !(m.flags & T_NUMBER))) {
      r.staff = true;
    }
  }
  return r;
}

const TIME_UNITS = new Set(['min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'wk', 'wks', 'week', 'weeks', 'am', 'pm', 'sec', 'secs', 'seconds', 'months']);

/** "204", "4B", "12": a room or bed, not a year ("in 2024") or a time ("in 5 min"). */
function roomNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.gap !== G_SPACE || !/^(?:\d{1,3}[a-z]?|[a-z]\d{1,3})$/.test(t.key)) return false;
  const u = tokens[k + 1];
  return u === undefined || !(u.gap === G_SPACE && TIME_UNITS.has(u.key)) && !(u.gap & G_COLON);
}

/** After "Name's": a relation or a personal thing within three lower-case words ("Stanislav's well-child visit"). */
function ownedAfter(tokens: readonly Token[], first: number, j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 3; k++) {
    const t = tokens[k]!;
    if (t.gap & (G_SENTENCE | G_COMMA | G_COLON)) return false;
    // "for Aram's Tamiflu", "fax Kamakana's echo": a health term is someone's too; not opening the message, where
    // it is as often a pet's ("Rocco's urinalysis came back normal!").
    if (!(tokens[first]!.gap & G_START) && (OWNED_TESTS.has(t.key) || (healthTrie.startsWith(t.key) && healthTrie.match(tokens, k) !== undefined))) return true;
    if (RELATIONS.has(t.key) || PERSONAL_THINGS.has(t.key)) return true;
    if (t.flags & T_CAP) return false;
  }
  return false;
}

/** "(his daughter)", "(daughter)", "(her son)": a relation in brackets right after the name. */
function kinInBrackets(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j]!;
  if (RELATIONS.has(a.key)) return true;
  const b = tokens[j + 1];
  return POSSESSIVES.has(a.key) && b !== undefined && b.gap === G_SPACE && RELATIONS.has(b.key);
}

/** "88F", "92", "101yo" standing alone: not an area code "(312)" with the rest of a number after it. */
function isAgeSex(tokens: readonly Token[], j: number): boolean {
  const m = AGE_SEX.exec(tokens[j]!.key);
  if (!m || Number(m[1]) > 120) return false;
  const next = tokens[j + 1];
  return next === undefined || !(next.flags & T_NUMBER);
}
