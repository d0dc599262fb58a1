// Patient and relative names. A token is a name candidate by what it is (lexicon class, name-classes.ts) and by
// where it is (anchors around it, name-anchors.ts). Rules, strongest first:
//  1. Strong anchor: greeting ("Hi Maria"), honorific ("Mrs. Okafor"), role or relation ("pt Kowalczyk",
//     "your son Tim", "Husband Ali Haddad", "Caller: ..."), "Name:"; age/sex or a record word right after
//     ("Adeyemi (88F)", "Judith SSN ..."), a possession ("Ibrahim's mom", "Ana's ride"); a vocative opening or
//     closing the message ("Maria, your ride is here", "... from all of us, Hiroshi!"); a caller speaking of
//     their own care ("this is Gloria, I need to move my appointment", "Voicemail from ...", "my name is ...");
//     greetings, kin words and honorifics of other languages ("Olá Luana", "Pani Halina", "Su hijo/a Yadira"); a
//     relation in brackets or a contact detail right after ("Imelda (his daughter)", "Okafor, 12 Birch Ln"). Any
//     name-like token counts, even one no lexicon knows ("Dear Oluwaseun"), and lower case after a greeting
//     ("hi maria,") when the lexicon knows it. After an honorific even an ordinary word ("Mr. Brings Plenty").
//  2. The shapes of a written name (name-shapes.ts): "Grace Kowalczyk", "Sato Aiko" (surname first),
//     "M. Kimura", "OKAFOR, Ngozi", "MENDEZ G" — except a broadcast's speakers and honorees.
//  3. Soft anchor ("Transport for Kowalczyk", "registered to Arellano", "Adeyemi fell overnight") or none at all:
//     a capitalized, unambiguous lexicon name; with a soft anchor also a name-shaped word no lexicon knows
//     ("for Olatunji") or a short name ("for Vu") when the message is about a person (clinical words, health
//     terms or another identifier in it). A lone word opening a sentence needs an anchor: capitals there say
//     nothing. A full name right after the sender's label ("Proxy access: Chiyo Hasegawa can now see ...").
// Not reported: names after a clinician title or before a credential (the provider, not the patient: a provider
// name alone is not patient PHI), staff introducing themselves ("This is Jessica from ..."), organisations and
// places ("St. Luke's", "Kowalczyk Pharmacy", "12 Birch Ln"), calendar words ("Tue", "Jun"), common words that
// are also names (Will, May, Grace) without a strong anchor, single words in ALL-CAPS or all-lower-case
// messages without an anchor, pets in a veterinary message, colleagues ("Ricky is covering", "..., our pharmacy
// tech"), services ("your login code for Kaimana") and businesses ("Alder is hiring").
import type { Detector, Finding, NormalizedText } from '../../types.js';
import {
  G_COLON,
  G_COMMA,
  G_DASH,
  G_HYPHEN,
  G_NEWLINE,
  G_SENTENCE,
  G_START,
  T_ALPHA,
  T_CAP,
  T_DIGIT,
  T_LOWER,
  T_UPPER,
  tokenize,
} from '../../lexicon/tokenize.js';
import { mentionsHealth } from '../health/health-detector.js';
import { isGeneral, messageCues } from '../health/generality.js';
import { after, Anchor, anchorBefore, possessiveAfter } from './name-anchors.js';
import { classify, isGiven, isSurname, nameShaped, ORG, personalEnough, STRONG, UNKNOWN, WEAK, WORD } from './name-classes.js';
import { AMBIGUOUS_TITLES, CLINICAL_VERBS, FOREIGN_KIN, GREETINGS, HONORIFICS, PARTICLES, PLACE_BEFORE, VET_CUES } from './name-context.js';
import { addressed, contactAfter, HAN_HANGUL_NAME, headerBefore, honoredWords, spelledOut } from './name-cues.js';
import {
  BREAK_IN_NAME,
  capitalized,
  CLAUSE_START,
  closingVocative,
  englishText,
  extend,
  fullName,
  initialFirst,
  nameAfterParticles,
  predicateAfter,
  surnameFirst,
  surnameInitial,
  type Style,
} from './name-shapes.js';

export const NAME_DETECTOR_ID = 'name-lexicon';

/** Second-person words that open what a sender's label introduces: "Kaimana: your appointment...". */
const SECOND_PERSON_START = new Set(['your', 'you', 'su', 'sus', 'usted', 'seu', 'sua', 'ou', 'koj', 'ang', 'quy']);

/** Words a caller introduces themselves with ("this is", "it's", "I'm", "my name is") or a form labels a name with. */
const CALLER_WORDS = new Set(['is', 'its', 'it', 'im', 'name']);

const VOCATIVE_NEXT = new Set(['your', 'you', 'please', 'pls', 'this', 'we', 'just', 'reminder', 'remember', 'thank', 'thanks', 'its', 'it']);

/** Findings that say the message is about a person on record; the first group even in a broadcast-like text. */
const RECORD_IDS = new Set(['ssn', 'mrn', 'mbi', 'health_plan_id', 'license', 'vin', 'device_id', 'ip', 'card', 'account']);
const CONTACT_IDS = new Set(['email', 'date', 'age', 'phone', 'url', 'address']);

/** 2: a record identifier (SSN, MRN, licence...), 1: a contact detail or a date, 0: none. */
function recordFinding(found: readonly Finding[]): number {
  let r = 0;
  for (const f of found) {
    if (RECORD_IDS.has(f.category)) return 2;
    if (CONTACT_IDS.has(f.category)) r = 1;
  }
  return r;
}

const TITLES = new Set([...HONORIFICS, ...FOREIGN_KIN, ...AMBIGUOUS_TITLES]);

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
  const broadcast = (): boolean => isGeneralMessage() && recordFinding(found) < 2;
  let pets: boolean | undefined;
  const petMessage = (): boolean => (pets ??= tokens.some((x) => VET_CUES.has(x.key)));
  const emit = (first: number, end: number): void => {
    out.push({ category: 'name', start: tokens[first]!.start, end: tokens[end - 1]!.end, detector: NAME_DETECTOR_ID });
  };

  for (let i = 0; i < tokens.length; i++) {
    // Fast path: in mixed case a lower-case word is a name only after a greeting ("hi maria") or as a particle.
    const low = tokens[i]!;
    // "nAYELi": case scrambled to disguise a name the lexicon knows for sure.
    const scrambled = style === 'mixed' && !(low.flags & (T_CAP | T_LOWER | T_UPPER | T_DIGIT)) && (low.flags & T_ALPHA) !== 0 && low.key.length >= 4 && classify(tokens, i) === STRONG;
    if (style === 'mixed' && !(low.flags & T_CAP) && !scrambled && !PARTICLES.has(low.key) && !(i > 0 && GREETINGS.has(tokens[i - 1]!.key)) && !(i > 1 && CALLER_WORDS.has(tokens[i - 1]!.key) && anchorBefore(tokens, i).caller)) {
      // "Pt 沈建华", "for 김민준": a name in Chinese or Korean script after an anchor.
      if (low.flags === 0 && i > 0 && HAN_HANGUL_NAME.test(doc.text.slice(low.start, low.end))) {
        const b = anchorBefore(tokens, i);
        if (b.anchor !== Anchor.None && !b.provider && !b.staff) emit(i, i + 1);
      }
      continue;
    }
    const shaped = surnameFirst(tokens, i, style, doc.text, aboutPerson);
    let shapedEnd = shaped > 0 ? shaped : initialFirst(tokens, i, style);
    if (shapedEnd < 0 && low.flags & T_CAP && !anchorBefore(tokens, i).provider) shapedEnd = surnameInitial(tokens, i, style, doc.text, aboutPerson);
    if (shapedEnd > 0) {
      emit(i, shapedEnd);
      i = shapedEnd - 1;
      continue;
    }
    // "Don Day", "Tata Zbigniew": a title that is also a name leaves the next word to its honorific anchor.
    if (AMBIGUOUS_TITLES.has(low.key) && i + 1 < tokens.length && anchorBefore(tokens, i + 1).honorific) continue;
    let cls = classify(tokens, i);
    // The token the name is judged by: a particle may open it after an anchor ("Mr. van der Merwe").
    let h = i;
    if (cls === WORD && PARTICLES.has(tokens[i]!.key) && style === 'mixed') {
      h = nameAfterParticles(tokens, i);
      if (h > i && anchorBefore(tokens, i).anchor !== Anchor.None) cls = classify(tokens, h);
      else h = i;
    }
    if (cls === WORD) {
      // After an honorific even an ordinary word is a surname: "Mr. Brings Plenty", "Don Day", "Mrs. White".
      const end = style === 'mixed' && low.flags & T_CAP && i > 0 && !(tokens[i - 1]!.flags & T_UPPER) && TITLES.has(tokens[i - 1]!.key) ? honoredWords(tokens, i) : -1;
      if (end > i && anchorBefore(tokens, i).honorific) {
        emit(i, end);
        i = end - 1;
      }
      continue;
    }
    const t = tokens[h]!;
    const before = anchorBefore(tokens, i);
    if (before.provider || before.place) {
      // Skip the whole capitalized run after "Dr." or "St.".
      while (i + 1 < tokens.length && tokens[i + 1]!.flags & T_CAP && !(tokens[i + 1]!.gap & BREAK_IN_NAME)) i++;
      continue;
    }
    const cap = capitalized(t, style) || (scrambled && h === i);
    // Lower case counts only after a greeting ("hi maria,") or, in an all-lower message, after a role.
    // A transcript's caller too ("hi um this is gloria reyes calling"), when the lexicon knows the name.
    const lowerCaller = !cap && before.caller && cls === STRONG;
    if (!cap && before.anchor !== Anchor.Greeting && !(before.anchor === Anchor.Strong && style === 'lower') && !lowerCaller) continue;

    const { end: j, classes } = extend(tokens, h, cls, style, cap, lowerCaller);
    const aft = after(tokens, j, i);
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
    const header = headerBefore(tokens, i);
    const lead = (tokens[i]!.gap & G_START) !== 0 || header;
    // "Maria, your ride is here", "Tidewater Dental: Cliff, your root canal...", "Kalena, home delivery ... for
    // your Synthroid": a vocative opens a message that speaks to its reader.
    const opening =
      lead &&
      j < tokens.length &&
      tokens[j]!.gap & (G_COMMA | G_DASH) &&
      !(tokens[j]!.gap & G_SENTENCE) &&
      !(tokens[i]!.gap & (G_DASH | G_HYPHEN)) && // "— Jen, case manager: ..." signs
      (VOCATIVE_NEXT.has(tokens[j]!.key) ||
        // Otherwise a known or person-shaped name, not a word that is also one ("Hand, foot and mouth disease").
        (style === 'mixed' && org === 0 && weak === 0 && (unknown === 0 || nameShaped(doc.text, t)) && (addressed(tokens) || aboutPerson())));
    const closing = style === 'mixed' && n <= 3 && org === 0 && closingVocative(tokens, i, j) && (strong > 0 || (weak > 0 && isGiven(t.key)) || (unknown > 0 && aboutPerson()));
    let anchor = aft.strong || aft.personal || opening || closing || (strong + unknown > 0 && contactAfter(tokens, j, found)) ? Anchor.Strong : aft.soft && before.anchor === Anchor.None ? Anchor.Soft : before.anchor;
    // "Proxy access: Chiyo Hasegawa can now see...", "Billing: Przemyslaw Grabowska guarantor...": a full name
    // right after a message's label.
    if (anchor === Anchor.None && header && n >= 2) anchor = Anchor.Soft;
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
      // A broadcast's full names are its speakers and honorees, not patients ("Join Maria Gonzalez at our 5K"),
      // unless a clinical verb follows ("Siaosi Moala vomited in class").
      accept = fullName(tokens, i, j, n, strong, weak, unknown, anchor) && (!before.staff || strong >= 2) && !aft.colleague && (aft.soft || !broadcast());
      if (!accept && unknown > 0 && style === 'mixed' && !before.staff && !aft.staff && aboutPerson()) {
        // "Meera Okwuosa", "Youssef Abdelrahman": a known given name and a surname no list has; "Chiyo Hasegawa",
        // "Graca Nascimento": a given name no list has and a known surname.
        const last = tokens[j - 1]!;
        accept =
          (isGiven(t.key) && classes[0] === STRONG && nameShaped(doc.text, last)) ||
          (classes[0] === UNKNOWN && classes[n - 1] === STRONG && isSurname(last.key) && nameShaped(doc.text, t));
      }
    } else if (style === 'mixed' && n >= 2 && n <= 3 && unknown === n && anchor === Anchor.Soft && !before.staff && !aft.staff) {
      // "for Waisale Tuivaga", "Gulnara Sultanbekova passed": two or three name-shaped words no list has, after a
      // soft anchor, in a message about someone.
      // Two or three such words make a full name's shape: in a text that is no broadcast, that is enough ("Enrolled
      // Farhiyo Warsame today", "Family meeting re Zarghuna Beridze at 2pm").
      accept = classes.every((_, k) => nameShaped(doc.text, tokens[h + k]!)) && (aboutSomeone() || possessiveAfter(tokens, j) || (n >= 2 && englishText(tokens))) && !broadcast();
    } else if (style === 'mixed' && strong >= 1 && weak + strong === n) {
      // Inside a capitalized phrase of ordinary words it is a brand or place: "Jiffy Lube", "Olive Garden".
      const p = tokens[i - 1];
      const inPhrase =
        (p !== undefined && p.flags & T_CAP && !(t.gap & BREAK_IN_NAME) && !(p.gap & (G_START | G_SENTENCE | G_COLON | G_NEWLINE)) && classify(tokens, i - 1) === WORD) ||
        (j < tokens.length && tokens[j]!.flags & T_CAP && !(tokens[j]!.gap & BREAK_IN_NAME) && classify(tokens, j) === WORD && !CLINICAL_VERBS.has(tokens[j]!.key));
      // A lone word in capitals is an acronym or a brand ("ESPN"); after "in"/"at" it is a place or a venue.
      const acronym = t.flags & T_UPPER && j - i === 1;
      const placeLike = p !== undefined && PLACE_BEFORE.has(p.key) && anchor !== Anchor.Soft;
      // "Kaimana: your appointment is Thu", "Alder: su cita...": a word and a colon opening a message that then
      // speaks to its reader is the sender's label. "— Lupe, patient access: ..." opens with a signature.
      const senderLabel = i === 0 && j === 1 && nextGap & G_COLON && !(nextGap & G_SENTENCE) && j < tokens.length && SECOND_PERSON_START.has(tokens[j]!.key);
      const signature = i === 0 && (t.gap & (G_DASH | G_HYPHEN)) !== 0;
      if (before.staff || aft.staff || inPhrase || acronym || placeLike || senderLabel || signature) accept = false;
      else if (anchor === Anchor.Soft) accept = true;
      // Capitals opening a sentence say little: a predicate ("Teodora will need a ride") or a label mark
      // ("Kowalczyk - CHF exacerbation") must follow, not another capitalized word or a number.
      else if (sentenceStart && n === 1 && !(nextGap & (G_DASH | G_COLON | G_COMMA)) && !(predicateAfter(tokens, j) && englishText(tokens))) accept = false;
      // "Update: Marguerite ate half her lunch": "his", "her" after the name say it is a person too.
      else accept = aboutPerson() || (predicateAfter(tokens, j) && possessiveAfter(tokens, j) && !broadcast());
    } else if (style === 'mixed' && anchor === Anchor.Soft && n === 1 && !before.staff && !aft.staff) {
      // "Transport for Olatunji", "connection for Vu": a soft anchor and a person-shaped word in a message about
      // someone, or with "his"/"her" after it ("pls remind Thorvaldur to bring his diary").
      accept = ((cls === UNKNOWN && nameShaped(doc.text, t)) || (cls === WEAK && personalEnough(t.key))) && (aboutSomeone() || (possessiveAfter(tokens, j) && !broadcast()));
    } else if (style === 'mixed' && anchor === Anchor.None && n === 2 && unknown === n && !before.staff && !aft.staff && !before.place && !before.provider) {
      // "Secure chat: is Tochukwu Piotrowska still NPO?": two name-shaped words no list has, in a message about a
      // person that is no broadcast.
      accept = nameShaped(doc.text, t) && nameShaped(doc.text, tokens[j - 1]!) && englishText(tokens) && aboutPerson() && !broadcast();
    } else if (style === 'mixed' && anchor === Anchor.None && n === 1 && cls === UNKNOWN && !before.staff && !aft.staff && !before.place) {
      // "Secure chat: Beridze pulled out his IV": a name-shaped word no list has, its predicate, then "his"/"her".
      accept = nameShaped(doc.text, t) && predicateAfter(tokens, j) && possessiveAfter(tokens, j + 1) && englishText(tokens) && !broadcast();
    } else if (style !== 'mixed' && anchor === Anchor.Soft && strong >= 1 && t.key.length >= 4) {
      accept = true;
    }
    // A pet's name: a veterinary message and nothing that makes it a person (an honorific, a greeting, a role).
    if (accept && !before.honorific && before.anchor < Anchor.Strong && (!aft.strong || aft.owned) && petMessage()) accept = false;
    if (accept) emit(i, j);
    i = j - 1;
  }
}

export const nameDetector: Detector = {
  id: NAME_DETECTOR_ID,
  detect(doc, _ctx, out) {
    findNames(doc, out, out);
    // "P.o.r.t.i.l.l.o", "K e o n i": names spelled out letter by letter, read in the compact view.
    const c = doc.compact;
    if (c === undefined || !spelledOut(tokenize(doc).tokens)) return;
    const from = out.length;
    findNames({ original: doc.original, text: c.text, lower: c.lower, toOriginal: doc.toOriginal }, out, out);
    for (let k = from; k < out.length; k++) {
      const f = out[k]!;
      [f.start, f.end] = c.toText(f.start, f.end);
    }
  },
};
