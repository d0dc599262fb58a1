// Given names and surnames (generated from public-domain census/SSA data, Faker locales and curated lists; see
// data/names.generated.ts for sources and licences), loaded once into one Map of flag bits.
import { COMMON_WORDS } from './data/common-words.generated.js';
import { AMBIGUOUS_NAMES, GIVEN_NAMES, ORGANISATION_WORDS, PLACE_ONLY_NAMES, SURNAMES } from './data/names.generated.js';
import { SUPPLEMENT_EITHER, SUPPLEMENT_GIVEN, SUPPLEMENT_SURNAMES } from './data/names-supplement.js';

export const N_GIVEN = 1;
export const N_SURNAME = 2;
/** Also a common English word, a place, a month or a day: needs a strong anchor. */
export const N_AMBIGUOUS = 4;
/** An organisation or brand word: a name only after an honorific or as the surname of a full name. */
export const N_ORGANISATION = 8;
/** Ambiguous only for being a place ("Fatima", "Austin"), not for being an English word ("Will"). */
export const N_PLACE = 16;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  const mark = (list: string, bit: number): void => {
    let from = 0;
    while (from < list.length) {
      let to = list.indexOf(' ', from);
      if (to < 0) to = list.length;
      if (to > from) {
        const w = list.slice(from, to);
        m.set(w, (m.get(w) ?? 0) | bit);
      }
      from = to + 1;
    }
  };
  mark(GIVEN_NAMES, N_GIVEN);
  mark(SURNAMES, N_SURNAME);
  mark(AMBIGUOUS_NAMES, N_AMBIGUOUS);
  mark(ORGANISATION_WORDS, N_ORGANISATION);
  mark(PLACE_ONLY_NAMES, N_PLACE);
  // The supplement is written with line breaks.
  mark(SUPPLEMENT_GIVEN.trim().split(/\s+/).join(' '), N_GIVEN);
  mark(SUPPLEMENT_SURNAMES.trim().split(/\s+/).join(' '), N_SURNAME);
  mark(SUPPLEMENT_EITHER.trim().split(/\s+/).join(' '), N_GIVEN | N_SURNAME);
  return m;
}

const names = load();
const commonWords = new Set(COMMON_WORDS.split(' '));

// Surname endings no English word of six letters or more has outside the common-word list: Armenian "-yan",
// Slavic and Central Asian "-ov(a)", "-ev(a)", Ukrainian "-enko", Romanian "-escu", Turkish "-oglu", Greek
// "-poulos", "-akis", "-idis", Persian "-zadeh", Polish "-wicz", "-czyk" ("Sultanbekova", "Hakobyan"). Tested
// by the last letter first: most keys are no name, and this runs on every miss.
function surnameEnding(key: string): boolean {
  switch (key.charCodeAt(key.length - 1)) {
    case 110: // n
      return key.endsWith('yan');
    case 118: // v
      return key.endsWith('ov') || key.endsWith('ev');
    case 97: // a
      return key.endsWith('ova') || key.endsWith('eva');
    case 111: // o
      return key.endsWith('enko');
    case 117: // u
      return key.endsWith('escu') || key.endsWith('oglu');
    case 115: // s
      return key.endsWith('poulos') || key.endsWith('akis') || key.endsWith('idis');
    case 104: // h
      return key.endsWith('zadeh');
    case 122: // z
      return key.endsWith('wicz');
    case 107: // k
      return key.endsWith('czyk');
    default:
      return false;
  }
}

/** Flag bits for a folded lower-case key, 0 when it is no known name. */
export function nameFlags(key: string): number {
  const f = names.get(key);
  if (f !== undefined) return f;
  return key.length >= 6 && surnameEnding(key) && !commonWords.has(key) ? N_SURNAME : 0;
}

/** A common English word that is not a name ("team", "customer", "valued"). */
export function isCommonWord(key: string): boolean {
  return commonWords.has(key);
}

export const NAME_LEXICON_SIZE = names.size;
export const COMMON_WORD_COUNT = commonWords.size;
