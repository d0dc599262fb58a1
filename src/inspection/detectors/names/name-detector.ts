// Patient and relative names. A token is a name candidate by what it is (lexicon class) and by where it is
// (anchors around it). Rules, strongest first:
//  1. Strong anchor before it: greeting ("Hi Maria"), honorific ("Mrs. Okafor"), role or relation
//     ("pt Kowalczyk", "your son Tim"), "Name:"; or age/sex or DOB right after ("Adeyemi (88F)").
//     Any name-like token counts, even one no lexicon knows ("Dear Oluwaseun"), and lower case after a
//     greeting ("hi maria,") when the lexicon knows it.
//  2. A full name: two or more capitalized name tokens, at least one unambiguous ("Grace Kowalczyk").
//  3. Soft anchor ("Transport for Kowalczyk", "Adeyemi fell overnight") or none at all: a capitalized,
//     unambiguous lexicon name in a message that is not a broadcast.
// Not reported: names after a clinician title or before a credential (the provider, not the patient: a provider
// name alone is not patient PHI), staff introducing themselves ("This is Jessica from ..."), organisations and
// places ("St. Luke's", "Kowalczyk Pharmacy", "12 Birch Ln"), common words that are also names (Will, May, Grace)
// without a strong anchor, and single words in ALL-CAPS or all-lower-case messages without an anchor.
import type { Detector, Finding, NormalizedText } from '../../types.js';
import { healthTrie } from '../../lexicon/health-lexicon.js';
import { isCommonWord, N_AMBIGUOUS, N_GIVEN, N_ORGANISATION, N_SURNAME, nameFlags } from '../../lexicon/name-lexicon.js';
import { mentionsHealth } from '../health/health-detector.js';
import {
  G_CLOSE,
  G_COLON,
  G_COMMA,
  G_DASH,
  G_HYPHEN,
  G_NEWLINE,
  G_OPEN,
  G_OTHER,
  G_PERIOD,
  G_SENTENCE,
  G_SLASH,
  G_START,
  T_ALPHA,
  T_CAP,
  T_DIGIT,
  T_NUMBER,
  T_POSSESSIVE,
  T_SINGLE,
  T_UPPER,
  tokenize,
  type Token,
} from '../../lexicon/tokenize.js';
import { isGeneral, messageCues } from '../health/generality.js';
import {
  CLINICAL_VERBS,
  CREDENTIALS,
  GREETINGS,
  HONORIFICS,
  ORG_SUFFIXES,
  PARTICLES,
  PLACE_BEFORE,
  PLACE_PREFIXES,
  POSSESSIVES,
  PROVIDER_TITLES,
  RELATIONS,
  ROLES,
  STAFF_AFTER,
  STAFF_BEFORE,
} from './name-context.js';

export const NAME_DETECTOR_ID = 'name-lexicon';

const VOCATIVE_NEXT = new Set(['your', 'you', 'please', 'pls', 'this', 'we', 'just', 'reminder', 'remember', 'thank', 'thanks', 'its', 'it']);

// Lexicon classes of a token.
const WORD = 0; // ordinary word, number, stop word: never a name
const STRONG = 1; // known name, not a common word
const WEAK = 2; // known name that is also a word, place, month, or very short
const ORG = 3; // organisation or brand word
const UNKNOWN = 4; // capitalized word no lexicon knows

const enum Anchor {
  None,
  Soft,
  Strong,
  Greeting,
}

type Style = 'mixed' | 'upper' | 'lower';

function classify(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!(t.flags & T_ALPHA) || t.flags & (T_DIGIT | T_SINGLE)) return WORD;
  const k = t.key;
  if (GREETINGS.has(k) || HONORIFICS.has(k) || PROVIDER_TITLES.has(k) || ROLES.has(k) || RELATIONS.has(k)) return WORD;
  if (PARTICLES.has(k) || POSSESSIVES.has(k)) return WORD;
  if (CREDENTIALS.has(k) || ORG_SUFFIXES.has(k)) return WORD;
  const f = nameFlags(k);
  if (f & (N_GIVEN | N_SURNAME)) {
    if (f & N_ORGANISATION) return ORG;
    if (f & N_AMBIGUOUS || t.key.length < 3) return WEAK;
    // "Parkinson's", "Alzheimer", "Lyrica": an unambiguous health term is not a person here.
    const h = healthTrie.startsWith(t.key) ? healthTrie.match(tokens, i) : undefined;
    if (h && h.entries.some((e) => !e.ambiguous)) return WEAK;
    return STRONG;
  }
  if (f & N_ORGANISATION) return ORG;
  if (isCommonWord(k) || k.length < 2 || healthTrie.startsWith(k)) return WORD;
  return UNKNOWN;
}

/** Capitalized as a name is in this message's style. ALL-CAPS and all-lower messages carry no case signal. */
function capitalized(t: Token, style: Style): boolean {
  return style !== 'mixed' || (t.flags & T_CAP) !== 0;
}

const BREAK_IN_NAME = G_SENTENCE | G_COMMA | G_COLON | G_OPEN | G_CLOSE | G_SLASH | G_NEWLINE | G_OTHER | G_DASH;

/** Anchor before token i, and whether it says "provider" or "staff" instead. */
function anchorBefore(tokens: readonly Token[], i: number): { anchor: Anchor; provider: boolean; place: boolean; staff: boolean } {
  const r = { anchor: Anchor.None, provider: false, place: false, staff: false };
  if (i === 0) return r;
  const t = tokens[i]!;
  if (t.gap & (G_SENTENCE | G_NEWLINE) && !(t.gap & G_PERIOD && !(t.gap & ~(G_PERIOD | G_SENTENCE | 2)))) return r;
  const p = tokens[i - 1]!;
  const k = p.key;
  if (PROVIDER_TITLES.has(k)) r.provider = true;
  else if (HONORIFICS.has(k)) r.anchor = Anchor.Strong;
  else if (GREETINGS.has(k) && !(t.gap & G_SENTENCE)) r.anchor = Anchor.Greeting;
  else if (ROLES.has(k) && !(t.gap & G_SENTENCE)) r.anchor = k === 'name' || k === 're' ? (t.gap & G_COLON ? Anchor.Strong : Anchor.None) : Anchor.Strong;
  else if (RELATIONS.has(k) && !(p.flags & T_POSSESSIVE) && i >= 2 && POSSESSIVES.has(tokens[i - 2]!.key)) r.anchor = Anchor.Strong;
  else if (PLACE_PREFIXES.has(k) && p.flags & T_CAP) r.place = true;
  else if (k === 'for' || k === 'about' || k === 'regarding' || k === 'to') r.anchor = k === 'to' ? Anchor.None : Anchor.Soft;
  else if (p.flags & T_NUMBER) r.place = true; // "12 Birch"
  else if (k === 'is' && tokens[i - 2]?.key === 'this') r.staff = true;
  if (STAFF_BEFORE.has(k) || (r.anchor === Anchor.Soft && i >= 2 && STAFF_BEFORE.has(tokens[i - 2]!.key))) r.staff = true;
  if (t.gap & G_DASH || (t.gap & G_HYPHEN && t.gap & 2)) r.staff = true; // "- Jessica" sign-off
  return r;
}

/** Whatever follows the name span [i, j) says about it. */
function after(tokens: readonly Token[], j: number): { strong: boolean; soft: boolean; provider: boolean; org: boolean; staff: boolean } {
  const r = { strong: false, soft: false, provider: false, org: false, staff: false };
  const n = tokens[j];
  if (!n) return r;
  const k = n.key;
  if (CREDENTIALS.has(k) && n.flags & (T_CAP | 16) && !(n.gap & G_SENTENCE)) r.provider = true;
  else if (ORG_SUFFIXES.has(k) && !(n.gap & (G_SENTENCE | G_COMMA | G_NEWLINE)) && (n.flags & T_CAP || k === 'st' || k === 'ln' || k === 'rd')) r.org = true;
  else if (/^\d{1,3}(?:[mf]|yo|y|yrs?|yof|yom)?$/.test(k) && n.gap & (G_OPEN | G_COMMA)) r.strong = true; // "(88F)"
  else if (k === 'dob' || k === 'mrn' || k === 'age' || k === 'aged' || k === 'yo') r.strong = true;
  else if (CLINICAL_VERBS.has(k) && !(n.gap & G_SENTENCE)) r.soft = true;
  else if (STAFF_AFTER.has(k) && !(n.gap & G_SENTENCE)) {
    const m = tokens[j + 1];
    if (k === 'here' || (k === 'from' && m && !(m.flags & T_NUMBER)) || (m && m.flags & T_CAP && !(m.flags & T_NUMBER))) {
      r.staff = true;
    }
  }
  return r;
}

export function findNames(doc: NormalizedText, out: Finding[]): void {
  const tk = tokenize(doc);
  const tokens = tk.tokens;
  if (tokens.length === 0) return;
  const style: Style =
    tk.upperLetters >= 4 && tk.lowerLetters * 5 < tk.upperLetters ? 'upper' : tk.upperLetters === 0 ? 'lower' : 'mixed';
  let general: boolean | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const cls = classify(tokens, i);
    if (cls === WORD) continue;
    const t = tokens[i]!;
    const before = anchorBefore(tokens, i);
    if (before.provider || before.place) {
      // Skip the whole capitalized run after "Dr." or "St.".
      while (i + 1 < tokens.length && tokens[i + 1]!.flags & T_CAP && !(tokens[i + 1]!.gap & BREAK_IN_NAME)) i++;
      continue;
    }
    const cap = capitalized(t, style);
    // Lower case counts only after a greeting ("hi maria,") or, in an all-lower message, after a role.
    if (!cap && before.anchor !== Anchor.Greeting && !(before.anchor === Anchor.Strong && style === 'lower')) continue;

    // Extend over the rest of the name: "Maria J. Gonzalez", "Maria de la Cruz", "Smith-Jones".
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
      if (PARTICLES.has(n.key)) {
        let k = j;
        while (k < tokens.length && k - j < 3 && PARTICLES.has(tokens[k]!.key) && !(tokens[k]!.gap & BREAK_IN_NAME)) k++;
        const m = tokens[k];
        if (m && !(m.gap & BREAK_IN_NAME) && capitalized(m, style) && classify(tokens, k) !== WORD) {
          j = k;
          continue;
        }
        break;
      }
      const c = classify(tokens, j);
      if (c === WORD || !capitalized(n, style) || (!cap && style === 'mixed')) break;
      classes.push(c);
      j++;
    }
    const aft = after(tokens, j);
    if (aft.provider) {
      i = j - 1;
      continue;
    }
    if (aft.org) {
      i = j;
      continue;
    }
    const strong = classes.filter((c) => c === STRONG).length;
    const unknown = classes.filter((c) => c === UNKNOWN).length;
    const weak = classes.filter((c) => c === WEAK).length;
    const org = classes.filter((c) => c === ORG).length;
    // A vocative opening the message: "Maria, your ride is here", "Mr Lee - please call".
    const vocative =
      t.gap & G_START && j < tokens.length && tokens[j]!.gap & (G_COMMA | G_DASH) && VOCATIVE_NEXT.has(tokens[j]!.key);
    const anchor = aft.strong || vocative ? Anchor.Strong : aft.soft && before.anchor === Anchor.None ? Anchor.Soft : before.anchor;
    const nextGap = j < tokens.length ? tokens[j]!.gap : tk.tailGap;

    let accept = false;
    if (before.anchor === Anchor.Strong && HONORIFICS.has(tokens[i - 1]!.key)) {
      accept = true; // "Mr. Kaiser", "Ms. Will"
    } else if (anchor === Anchor.Greeting || anchor === Anchor.Strong) {
      if (cap) accept = strong + weak + (style === 'mixed' ? unknown : 0) > 0 && !(org > 0 && strong + weak === 0);
      else accept = strong > 0 || (weak > 0 && ((nextGap & (G_COMMA | G_SENTENCE)) !== 0 || j >= tokens.length));
      if (before.staff || aft.staff) accept = accept && anchor === Anchor.Strong && !aft.staff;
    } else if (classes.length >= 2 && strong >= 1 && unknown + strong + weak + org === classes.length && strong + weak >= 2) {
      // A full name reads given name first, surname last: "Grace Kowalczyk", not "Trader Joe".
      const order = nameFlags(t.key) & N_GIVEN && nameFlags(tokens[j - 1]!.key) & N_SURNAME;
      accept = order !== 0 && (!before.staff || strong >= 2);
    } else if (style === 'mixed' && strong >= 1 && weak + strong === classes.length) {
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
      else {
        // No anchor at all: only in a clinical or personal-health message that is not a broadcast.
        const cues = messageCues(doc);
        general ??= isGeneral(cues);
        accept = !general && (cues.clinical || mentionsHealth(doc));
      }
    } else if (style !== 'mixed' && anchor === Anchor.Soft && strong >= 1 && t.key.length >= 4) {
      accept = true;
    }
    if (accept) {
      out.push({ category: 'name', start: t.start, end: tokens[j - 1]!.end, detector: NAME_DETECTOR_ID });
    }
    i = j - 1;
  }
}

export const nameDetector: Detector = {
  id: NAME_DETECTOR_ID,
  detect(doc, _ctx, out) {
    findNames(doc, out);
  },
};
