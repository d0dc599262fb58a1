// Patient and relative names. A token is a name candidate by what it is (lexicon class, name-classes.ts) and by
// where it is (anchors around it, name-anchors.ts). Rules, strongest first:
//  1. Strong anchor: greeting ("Hi Maria"), honorific ("Mrs. Okafor"), role or relation ("pt Kowalczyk",
//     "your son Tim", "Husband Ali Haddad"), "Name:"; age/sex or a record word right after ("Adeyemi (88F)",
//     "Judith SSN ..."); a vocative opening or closing the message ("Maria, your ride is here",
//     "... from all of us, Hiroshi!"). Any name-like token counts, even one no lexicon knows ("Dear Oluwaseun"),
//     and lower case after a greeting ("hi maria,") when the lexicon knows it.
//  2. The shapes of a written name: "Grace Kowalczyk", "Sato Aiko" (surname first), "M. Kimura",
//     "OKAFOR, Ngozi".
//  3. Soft anchor ("Transport for Kowalczyk", "registered to Arellano", "Adeyemi fell overnight") or none at all:
//     a capitalized, unambiguous lexicon name; with a soft anchor also a name-shaped word no lexicon knows
//     ("for Olatunji") or a short name ("for Vu") when the message is about a person (clinical words, health
//     terms or another identifier in it). A lone word opening a sentence needs an anchor: capitals there say
//     nothing.
// Not reported: names after a clinician title or before a credential (the provider, not the patient: a provider
// name alone is not patient PHI), staff introducing themselves ("This is Jessica from ..."), organisations and
// places ("St. Luke's", "Kowalczyk Pharmacy", "12 Birch Ln"), calendar words ("Tue", "Jun"), common words that
// are also names (Will, May, Grace) without a strong anchor, and single words in ALL-CAPS or all-lower-case
// messages without an anchor.
import type { Detector, Finding, NormalizedText } from '../../types.js';
import {
  G_COLON,
  G_COMMA,
  G_DASH,
  G_NEWLINE,
  G_OPEN,
  G_CLOSE,
  G_OTHER,
  G_PERIOD,
  G_SENTENCE,
  G_SLASH,
  G_SPACE,
  G_START,
  G_HYPHEN,
  T_ALPHA,
  T_CAP,
  T_DIGIT,
  T_NUMBER,
  T_SINGLE,
  T_UPPER,
  tokenize,
  type Token,
} from '../../lexicon/tokenize.js';
import { isCommonWord } from '../../lexicon/name-lexicon.js';
import { mentionsHealth } from '../health/health-detector.js';
import { isGeneral, messageCues } from '../health/generality.js';
import { after, Anchor, anchorBefore } from './name-anchors.js';
import { classify, isGiven, isSurname, nameShaped, ORG, personalEnough, STRONG, UNKNOWN, WEAK, WORD } from './name-classes.js';
import { CLINICAL_VERBS, GREETINGS, ORG_SUFFIXES, PARTICLES, PLACE_BEFORE, STAFF_BEFORE } from './name-context.js';

export const NAME_DETECTOR_ID = 'name-lexicon';

const VOCATIVE_NEXT = new Set(['your', 'you', 'please', 'pls', 'this', 'we', 'just', 'reminder', 'remember', 'thank', 'thanks', 'its', 'it']);

/** Words before an initial that leave it free to start a name: "for M. Kimura", "pt G. De la Cruz". */
const BEFORE_INITIAL = new Set(['for', 'to', 'about', 'regarding', 're', 'pt', 'patient', 'resident', 'member', 'client', 'and', 'with', 'by', 'cc', 'from']);

type Style = 'mixed' | 'upper' | 'lower';

/** Capitalized as a name is in this message's style. ALL-CAPS and all-lower messages carry no case signal. */
function capitalized(t: Token, style: Style): boolean {
  return style !== 'mixed' || (t.flags & T_CAP) !== 0;
}

const BREAK_IN_NAME = G_SENTENCE | G_COMMA | G_COLON | G_OPEN | G_CLOSE | G_SLASH | G_NEWLINE | G_OTHER | G_DASH;
const CLAUSE_START = G_START | G_SENTENCE | G_NEWLINE;

/** Findings that say the message is about a person on record; the first group even in a broadcast-like text. */
const RECORD_IDS = new Set(['ssn', 'mrn', 'mbi', 'health_plan_id', 'license', 'vin', 'device_id', 'ip', 'card', 'account']);
const CONTACT_IDS = new Set(['email', 'date', 'age', 'phone', 'url']);

/** 2: a record identifier (SSN, MRN, licence...), 1: a contact detail or a date, 0: none. */
function recordFinding(found: readonly Finding[]): number {
  let r = 0;
  for (const f of found) {
    if (RECORD_IDS.has(f.category)) return 2;
    if (CONTACT_IDS.has(f.category)) r = 1;
  }
  return r;
}

interface Span {
  /** Token index past the name. */
  end: number;
  classes: number[];
}

/** Extends a name from token i over "Maria J. Gonzalez", "Maria de la Cruz", "Smith-Jones". */
function extend(tokens: readonly Token[], i: number, cls: number, style: Style, cap: boolean): Span {
  const classes = [cls];
  let j = i + 1;
  while (j < tokens.length && j - i < 5) {
    const n = tokens[j]!;
    if (n.gap === G_HYPHEN && n.flags & T_ALPHA) {
      j++; // "Soo-jin", "Smith-Jones": one hyphenated name
      continue;
    }
    if (n.gap & BREAK_IN_NAME && !(n.gap & G_PERIOD && tokens[j - 1]!.flags & T_SINGLE)) break;
    if (n.flags & T_SINGLE && n.flags & T_CAP && style === 'mixed') {
      // middle initial, only if a name follows
      const c2 = j + 1 < tokens.length ? classify(tokens, j + 1) : WORD;
      if (c2 === WORD || !(tokens[j + 1]!.flags & T_CAP)) break;
      j++;
      continue;
    }
    if (PARTICLES.has(n.key) && classify(tokens, j) === WORD) {
      let k = j;
      while (k < tokens.length && k - j < 3 && PARTICLES.has(tokens[k]!.key) && !(tokens[k]!.gap & BREAK_IN_NAME)) k++;
      const m = tokens[k];
      if (m && !(m.gap & BREAK_IN_NAME && m.gap !== G_HYPHEN) && capitalized(m, style) && classify(tokens, k) !== WORD) {
        j = k;
        continue;
      }
      break;
    }
    const c = classify(tokens, j);
    if (c === WORD || !capitalized(n, style) || (!cap && style === 'mixed')) break;
    // Without case to go by (ALL-CAPS, all lower case) only unambiguous names continue a name: "okafor in rm 4".
    if (style !== 'mixed' && c !== STRONG) break;
    // "Maria RN", "FYI Tomasz": an acronym and a Title Case name are not one name.
    if (style === 'mixed' && (n.flags & T_UPPER) !== (tokens[i]!.flags & T_UPPER)) break;
    classes.push(c);
    j++;
  }
  return { end: j, classes };
}

/** "OKAFOR, Ngozi", "YOON, Sung-ho": a surname in capitals, a comma, a given name. End of the span, or -1. */
function surnameFirst(tokens: readonly Token[], i: number, style: Style, text: string, aboutPerson: () => boolean): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (style !== 'mixed' || !(t.flags & T_UPPER) || t.flags & T_SINGLE || n === undefined) return -1;
  // "OKAFOR, Ngozi"; both in capitals ("RUIZ, GLORIA") only when both are known names.
  if ((n.gap & ~G_SPACE) !== G_COMMA || !(n.flags & T_CAP) || (n.flags & T_UPPER && n.flags & T_SINGLE)) return -1;
  const bothCaps = (n.flags & T_UPPER) !== 0;
  const c1 = classify(tokens, i);
  const c2 = classify(tokens, i + 1);
  const nameLike = (c: number) => c === STRONG || c === WEAK || c === UNKNOWN;
  if (!nameLike(c1) || !nameLike(c2)) return -1;
  if (bothCaps && (c1 === UNKNOWN || c2 === UNKNOWN || !isSurname(t.key) || !isGiven(n.key))) return -1;
  const known = (c1 === STRONG || c2 === STRONG) && (isSurname(t.key) || isGiven(n.key));
  // Neither half in a list: still a name in a message about someone, if both halves look like names.
  if (!known && !(t.key.length >= 3 && nameShaped(text, n) && aboutPerson())) return -1;
  const span = extend(tokens, i + 1, c2, style, true);
  const a = after(tokens, span.end);
  return a.provider || a.org ? -1 : span.end;
}

/** "MENDEZ G", "Abernathy, L.": a surname and an initial, as lists and rosters write them. End of the span, or -1. */
function surnameInitial(tokens: readonly Token[], i: number, style: Style, text: string, aboutPerson: () => boolean): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (style !== 'mixed' || n === undefined || !(n.flags & T_SINGLE) || !(n.flags & T_UPPER) || n.gap & ~(G_SPACE | G_COMMA)) return -1;
  const after = tokens[i + 2];
  // The initial ends the name: "MENDEZ G, 82F", "Abernathy, L. - new pressure injury"; not "Vitamin D levels".
  if (after !== undefined && !(after.gap & (G_COMMA | G_PERIOD | G_SENTENCE | G_DASH | G_OPEN | G_CLOSE | G_COLON | G_NEWLINE))) return -1;
  const c = classify(tokens, i);
  if (c === STRONG && isSurname(t.key)) return i + 2;
  return c === UNKNOWN && (t.flags & T_UPPER || nameShaped(text, t)) && t.key.length >= 3 && aboutPerson() ? i + 2 : -1;
}

/** "M. Kimura", "E. Washington": an initial and a surname. End of the span, or -1. */
function initialFirst(tokens: readonly Token[], i: number, style: Style): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (style !== 'mixed' || !(t.flags & T_SINGLE) || !(t.flags & T_CAP) || n === undefined) return -1;
  if (!(n.gap & G_PERIOD) || n.gap & ~(G_PERIOD | G_SPACE | G_SENTENCE) || !(n.flags & T_CAP)) return -1;
  const p = tokens[i - 1];
  const free = p === undefined || t.gap & (G_COMMA | G_COLON | G_OPEN | CLAUSE_START | G_DASH) || BEFORE_INITIAL.has(p.key);
  const before = anchorBefore(tokens, i);
  if ((!free && before.anchor !== Anchor.Strong) || before.provider || before.place || before.staff) return -1;
  // "G. De la Cruz", "J. van der Berg": particles, then the surname.
  let s = i + 1;
  while (s < tokens.length && s - i <= 3 && PARTICLES.has(tokens[s]!.key) && classify(tokens, s) === WORD) s++;
  const c = s < tokens.length ? classify(tokens, s) : WORD;
  if (c === WORD || c === ORG || !(tokens[s]!.flags & T_CAP) || tokens[s]!.gap & BREAK_IN_NAME & ~(G_PERIOD | G_SENTENCE)) return -1;
  const span = extend(tokens, s, c, style, true);
  const a = after(tokens, span.end);
  return a.provider || a.org || a.staff ? -1 : span.end;
}

/** A lower-case word follows in the same clause: the capitalized word before it is its subject. */
function predicateAfter(tokens: readonly Token[], j: number): boolean {
  const n = tokens[j];
  return n !== undefined && n.gap === G_SPACE && (n.flags & (T_ALPHA | T_CAP)) === T_ALPHA;
}

/**
 * Mostly English words: in another language ("Kết quả xét nghiệm...") a capitalized first word followed by
 * lower case is just a sentence, and its words are not in our common-word list.
 */
function englishText(tokens: readonly Token[]): boolean {
  let alpha = 0;
  let english = 0;
  for (const t of tokens) {
    if (!(t.flags & T_ALPHA) || t.flags & T_DIGIT) continue;
    alpha++;
    if (isCommonWord(t.key) || ENGLISH_FUNCTION_WORDS.has(t.key)) english++;
  }
  return english * 2 >= alpha;
}

/** Short English words the common-word list leaves out because they are also names ("will", "may", "an"). */
const ENGLISH_FUNCTION_WORDS = new Set(['a', 'an', 'i', 'is', 'it', 'to', 'in', 'on', 'at', 'of', 'or', 'and', 'the', 'for', 'will', 'may', 'can', 'be', 'he', 'she', 'we', 'you', 'your', 'his', 'her', 'my', 'our', 'us', 'up', 'do', 'no', 'so', 'if', 'as', 'by', 'am', 'pm']);

/** Index of the capitalized name after particles at token i ("van der Merwe" -> "Merwe"), or i. */
function nameAfterParticles(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 3 && PARTICLES.has(tokens[k]!.key) && (k === i || !(tokens[k]!.gap & BREAK_IN_NAME))) k++;
  const m = tokens[k];
  return m !== undefined && m.flags & T_CAP && !(m.gap & BREAK_IN_NAME) && classify(tokens, k) !== WORD ? k : i;
}

/** A vocative closing the message or a sentence: "..., Hiroshi!", "See you Monday, Grace." */
function closingVocative(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[i]!;
  if (!(t.gap & G_COMMA) || t.gap & (G_SENTENCE | G_NEWLINE) || t.flags & T_UPPER || i === 0) return false;
  const p = tokens[i - 1]!;
  if (STAFF_BEFORE.has(p.key) || GREETINGS.has(p.key) || ORG_SUFFIXES.has(p.key) || p.flags & T_NUMBER) return false;
  return j >= tokens.length || (tokens[j]!.gap & (G_SENTENCE | G_NEWLINE)) !== 0;
}

export function findNames(doc: NormalizedText, found: readonly Finding[], out: Finding[]): void {
  const tk = tokenize(doc);
  const tokens = tk.tokens;
  if (tokens.length === 0) return;
  const style: Style =
    tk.upperLetters >= 4 && tk.lowerLetters * 5 < tk.upperLetters ? 'upper' : tk.upperLetters === 0 ? 'lower' : 'mixed';
  let general: boolean | undefined;
  let personal: boolean | undefined;
  const isGeneralMessage = (): boolean => (general ??= isGeneral(messageCues(doc)));
  // About a person: a record identifier, or clinical words, a health term or a contact detail in a text that is
  // not a broadcast.
  const aboutPerson = (): boolean => {
    if (personal === undefined) {
      const record = recordFinding(found);
      const cues = messageCues(doc);
      // A horoscope's "Virgo", "Leo" are signs; its "recovery" is no clinical word.
      personal = record === 2 || (!isGeneralMessage() && !cues.horoscope && (record === 1 || cues.clinical || mentionsHealth(doc)));
    }
    return personal;
  };
  // With a soft anchor, personal wording is enough too: "Transport for Olatunji", "refill for Harjit".
  const aboutSomeone = (): boolean => aboutPerson() || (messageCues(doc).strongPersonal && !isGeneralMessage());
  const emit = (first: number, end: number): void => {
    out.push({ category: 'name', start: tokens[first]!.start, end: tokens[end - 1]!.end, detector: NAME_DETECTOR_ID });
  };

  for (let i = 0; i < tokens.length; i++) {
    // Fast path: in mixed case a lower-case word is a name only after a greeting ("hi maria") or as a particle.
    const low = tokens[i]!;
    if (style === 'mixed' && !(low.flags & T_CAP) && !PARTICLES.has(low.key) && !(i > 0 && GREETINGS.has(tokens[i - 1]!.key))) continue;
    const shaped = surnameFirst(tokens, i, style, doc.text, aboutPerson);
    let shapedEnd = shaped > 0 ? shaped : initialFirst(tokens, i, style);
    if (shapedEnd < 0 && low.flags & T_CAP && !anchorBefore(tokens, i).provider) shapedEnd = surnameInitial(tokens, i, style, doc.text, aboutPerson);
    if (shapedEnd > 0) {
      emit(i, shapedEnd);
      i = shapedEnd - 1;
      continue;
    }
    let cls = classify(tokens, i);
    // The token the name is judged by: a particle may open it after an anchor ("Mr. van der Merwe").
    let h = i;
    if (cls === WORD && PARTICLES.has(tokens[i]!.key) && style === 'mixed') {
      h = nameAfterParticles(tokens, i);
      if (h > i && anchorBefore(tokens, i).anchor !== Anchor.None) cls = classify(tokens, h);
      else h = i;
    }
    if (cls === WORD) continue;
    const t = tokens[h]!;
    const before = anchorBefore(tokens, i);
    if (before.provider || before.place) {
      // Skip the whole capitalized run after "Dr." or "St.".
      while (i + 1 < tokens.length && tokens[i + 1]!.flags & T_CAP && !(tokens[i + 1]!.gap & BREAK_IN_NAME)) i++;
      continue;
    }
    const cap = capitalized(t, style);
    // Lower case counts only after a greeting ("hi maria,") or, in an all-lower message, after a role.
    if (!cap && before.anchor !== Anchor.Greeting && !(before.anchor === Anchor.Strong && style === 'lower')) continue;

    const { end: j, classes } = extend(tokens, h, cls, style, cap);
    const aft = after(tokens, j);
    if (aft.provider) {
      i = j - 1;
      continue;
    }
    if (aft.org) {
      i = j;
      continue;
    }
    let strong = 0;
    let unknown = 0;
    let weak = 0;
    let org = 0;
    for (const c of classes) {
      if (c === STRONG) strong++;
      else if (c === UNKNOWN) unknown++;
      else if (c === WEAK) weak++;
      else if (c === ORG) org++;
    }
    const n = classes.length;
    const opening =
      tokens[i]!.gap & G_START && j < tokens.length && tokens[j]!.gap & (G_COMMA | G_DASH) && VOCATIVE_NEXT.has(tokens[j]!.key);
    const closing = style === 'mixed' && n <= 3 && org === 0 && closingVocative(tokens, i, j) && (strong > 0 || (weak > 0 && isGiven(t.key)) || (unknown > 0 && aboutPerson()));
    const anchor = aft.strong || opening || closing ? Anchor.Strong : aft.soft && before.anchor === Anchor.None ? Anchor.Soft : before.anchor;
    const nextGap = j < tokens.length ? tokens[j]!.gap : tk.tailGap;
    const sentenceStart = (t.gap & CLAUSE_START) !== 0;

    let accept = false;
    if (before.honorific) {
      accept = true; // "Mr. Kaiser", "Ms. Will"
    } else if (anchor === Anchor.Greeting || anchor === Anchor.Strong) {
      if (cap) accept = strong + weak + (style === 'mixed' ? unknown : 0) > 0 && !(org > 0 && strong + weak === 0);
      else accept = strong > 0 || (weak > 0 && ((nextGap & (G_COMMA | G_SENTENCE)) !== 0 || j >= tokens.length));
      if (before.staff || aft.staff) accept = accept && anchor === Anchor.Strong && !aft.staff;
    } else if (n >= 2 && strong >= 1 && unknown + strong + weak + org === n && (style === 'mixed' || (unknown === 0 && n <= 3))) {
      accept = fullName(tokens, i, j, n, strong, weak, unknown, anchor) && (!before.staff || strong >= 2);
      if (!accept && unknown > 0 && style === 'mixed' && aboutPerson()) {
        // "Meera Okwuosa", "Youssef Abdelrahman": a known given name and a surname no list has.
        accept = isGiven(t.key) && classes[0] === STRONG && nameShaped(doc.text, tokens[j - 1]!) && !before.staff && !aft.staff;
      }
    } else if (style === 'mixed' && strong >= 1 && weak + strong === n) {
      // Inside a capitalized phrase of ordinary words it is a brand or place: "Jiffy Lube", "Olive Garden".
      const p = tokens[i - 1];
      const inPhrase =
        (p !== undefined && p.flags & T_CAP && !(t.gap & BREAK_IN_NAME) && !(p.gap & (G_START | G_SENTENCE | G_COLON | G_NEWLINE)) && classify(tokens, i - 1) === WORD) ||
        (j < tokens.length && tokens[j]!.flags & T_CAP && !(tokens[j]!.gap & BREAK_IN_NAME) && classify(tokens, j) === WORD && !CLINICAL_VERBS.has(tokens[j]!.key));
      // A lone word in capitals is an acronym or a brand ("ESPN"); after "in"/"at" it is a place or a venue.
      const acronym = t.flags & T_UPPER && j - i === 1;
      const placeLike = p !== undefined && PLACE_BEFORE.has(p.key) && anchor !== Anchor.Soft;
      if (before.staff || aft.staff || inPhrase || acronym || placeLike) accept = false;
      else if (anchor === Anchor.Soft) accept = true;
      // Capitals opening a sentence say little: a predicate ("Teodora will need a ride") or a label mark
      // ("Kowalczyk - CHF exacerbation") must follow, not another capitalized word or a number.
      else if (sentenceStart && n === 1 && !(nextGap & (G_DASH | G_COLON | G_COMMA)) && !(predicateAfter(tokens, j) && englishText(tokens))) accept = false;
      else accept = aboutPerson();
    } else if (style === 'mixed' && anchor === Anchor.Soft && n === 1 && !before.staff && !aft.staff) {
      // "Transport for Olatunji", "connection for Vu": a soft anchor and a person-shaped word in a message about someone.
      accept = ((cls === UNKNOWN && nameShaped(doc.text, t)) || (cls === WEAK && personalEnough(t.key))) && aboutSomeone();
    } else if (style !== 'mixed' && anchor === Anchor.Soft && strong >= 1 && t.key.length >= 4) {
      accept = true;
    }
    if (accept) emit(i, j);
    i = j - 1;
  }
}

/**
 * A run of two or more name tokens read as a full name: given name first and surname last ("Grace Kowalczyk",
 * not "Trader Joe"), or surname first with an unambiguous given name last ("Sato Aiko", "Xu Qiang").
 */
function fullName(tokens: readonly Token[], i: number, j: number, n: number, strong: number, weak: number, unknown: number, anchor: Anchor): boolean {
  const first = tokens[i]!.key;
  const last = tokens[j - 1]!.key;
  if (strong + weak >= 2 && isGiven(first) && isSurname(last)) return true;
  if (strong + weak >= 2 && isSurname(first) && isGiven(last) && classify(tokens, j - 1) === STRONG) {
    // Surname first needs an unambiguous (or merely short) surname: "Xu Qiang", but not "Trader Joe".
    const c = classify(tokens, i);
    if (c === STRONG || (c === WEAK && first.length < 3 && personalEnough(first))) return true;
  }
  return anchor === Anchor.Soft && strong >= 1 && unknown + strong + weak === n && n <= 3;
}

export const nameDetector: Detector = {
  id: NAME_DETECTOR_ID,
  detect(doc, _ctx, out) {
    findNames(doc, out, out);
  },
};
