// Street addresses: house number, street name words, a USPS street suffix, and an optional unit
// ("12 Birch Ln", "1600 Pennsylvania Ave NW, Apt 4B"); rural boxes, numbered routes, grid addresses and
// type-first streets (address-forms.ts); standalone apartment units; PO boxes.
// Street-name words may not be ordinary words ("Arrive 10 min early", "2 tablets by mouth", "Dr" the title).
// The sender's own addresses (DetectContext.addressAllowList) are not findings, nor is an address the
// sentence gives to an organisation (address-context.ts: "Our new location at 500 Main St").
import type { DetectContext } from '../../types.js';
import { allowedStreetKeys, streetKey } from './address-allow.js';
import { organisationAddress } from './address-context.js';
import { otherAddressForms } from './address-forms.js';
import { factsOf, viewDetector } from './scan.js';
import { STATES } from './us-states.js';

const SUFFIX =
  'street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|parkway|pkwy|highway|hwy|circle|cir|terrace|ter|trail|trl|square|sq|loop|alley|aly|crescent|cres|expressway|expy|freeway|fwy|pike|row|run|path|walk|plaza|plz|point|pt|ridge|rdg|crossing|xing|cove|cv|turnpike|tpke|heights|hts|hollow|manor|glen|grove|hill|park|commons|creek|crk|estates|gardens|green|harbor|junction|jct|landing|meadows|mdws|mill|orchard|oval|pass|shore|springs|spur|summit|trace|valley|view|village|vista|woods|' +
  'bend|bluff|brook|canyon|crest|dale|falls|ferry|field|forest|haven|highlands|island|knoll|lake|lakes|mews|mount|mtn|pines|' +
  'ranch|close|bypass|causeway|promenade|wharf|wynd|rise|passage';
const UNIT_BODY = String.raw`,?\s{1,3}(?:apt|apartment|unit|suite|ste|#|fl|floor|rm|room|bldg|building|lot|trlr|space|spc)\.?\s{0,2}#?\s{0,2}[A-Za-z0-9][A-Za-z0-9\-]{0,5}(?![\w\-])`;
const UNIT = `(?:${UNIT_BODY})?`;
const STREET = new RegExp(
  String.raw`(?<![\w$#:.,/\-])\d{1,6}(?:-\d{1,5})?[A-Za-z]?(?:\s{1,2}1\/2)?\s{1,3}((?:(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s{1,3})?(?:(?:[A-Za-z][A-Za-z'\-]{0,20}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,4})(${SUFFIX})\b\.?(?:\s{1,3}(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?${UNIT}`,
  'gi',
);
/** STREET with the fewest name words, tried where the longest reading was not a street. */
const STREET_SHORTEST = new RegExp(
  String.raw`(?<![\w$#:.,/\-])\d{1,6}(?:-\d{1,5})?[A-Za-z]?(?:\s{1,2}1\/2)?\s{1,3}((?:(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s{1,3})?(?:(?:[A-Za-z][A-Za-z'\-]{0,20}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,4}?)(${SUFFIX})\b\.?(?:\s{1,3}(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?${UNIT}`,
  'iy',
);
/**
 * A street written without its suffix, made an address by what follows: a unit ("300 Elm, Apt 2") or a city and
 * state ("5 Maple, Springfield, IL").
 */
const NO_SUFFIX = new RegExp(
  String.raw`(?<![\w$#:.,/\-])\d{1,6}[A-Za-z]?\s{1,3}(?:[NSEW]\.?\s{1,3})?(Broadway|[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?)(?=,?\s{1,3}(?:[Aa]pt|APT|[Aa]partment|[Uu]nit|UNIT|[Ss]uite|SUITE|[Ss]te|STE|#)\.?\s{0,2}#?\s{0,2}(?:\d|[A-Za-z]\d|[A-Za-z]\b)|,\s{1,2}[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s{1,2}(?:${STATES})\b|(?<=Broadway))`,
  'g',
);
/** The unit after a street ("Apt 2", "#4B"), sticky. */
const UNIT_AFTER = new RegExp(UNIT_BODY, 'iy');
const APT = /\b(?:apt|apartment)\.?\s{0,2}#?\s{0,2}\d{1,5}[a-z]?\b|\b(?:apt|apartment)\.?\s{0,2}#?\s{0,2}[a-z]\d{0,4}\b(?=\s*(?:,|$|\.|\n))/gi;
const PO_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box|pob)\s{0,3}#?\s{0,2}\d{1,7}\b/gi;

const STOPWORDS = new Set(
  (
    'a an the and or but with without to for from of on in at by as is are was were be been will would can could ' +
    'please call see take takes taking give given bring come arrive visit your our my his her their its this that these those ' +
    'min mins minute minutes hour hours hr hrs day days week weeks month months year years yr yrs time times am pm ' +
    'tablet tablets tab tabs pill pills capsule capsules cap caps dose doses mg mcg ml cc units unit puffs drops ' +
    'mile miles mi km kilometer feet ft foot inch inches lb lbs kg oz step steps floor floors dollar dollars cents ' +
    'people patients persons kids children adults more less than before after about over under up down per each every ' +
    'other new free off only just also early late left right ago out into onto across along near next last first ' +
    'appointment appointments appt visit visits dr doctor nurse reminder text reply msg message ' +
    'percent points point items item questions rooms room beds bed'
  ).split(' '),
);

/** Suffixes only streets take: "1 New Way to pay" is a slogan, "45 First St" and "12 New Hampshire Ave" are streets. */
const STREET_ONLY_SUFFIX =
  /^(?:st|street|ave|avenue|av|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|pl|cir|circle|ter|terrace|pkwy|parkway|trl|trail|hwy|highway)$/i;

/**
 * Whether the words before the suffix can name a street. An ordinary word ("Arrive 10 min early", "2 tablets by
 * mouth") cannot, unless the whole name is written as one, capitalised, before a suffix only streets take.
 */
function nameWordsOk(words: string, suffix?: string): boolean {
  const parts = words.trim().split(/\s+/);
  const proper = suffix !== undefined && STREET_ONLY_SUFFIX.test(suffix) && /^[A-Z]/.test(suffix);
  for (const w of parts) {
    const bare = w.replace(/\.$/, '').toLowerCase();
    if (STOPWORDS.has(bare) && !(proper && /^[A-Z]/.test(w) && bare !== 'dr')) return false;
  }
  return true;
}

/** A street address found in a text, and whether its sentence makes it an organisation's. */
export interface StreetAddress {
  start: number;
  end: number;
  organisation: boolean;
}

// The address and ZIP detectors both need the street addresses of the same text (and its compact view).
let cachedKey: [string | undefined, DetectContext | undefined, string | undefined, DetectContext | undefined] = [
  undefined,
  undefined,
  undefined,
  undefined,
];
let cachedSpans: [StreetAddress[], StreetAddress[]] = [[], []];

/** The street addresses of `text` (the sender's own allow-listed ones included, marked as organisation's). */
export function streetAddresses(text: string, lower: string, ctx: DetectContext): StreetAddress[] {
  if (cachedKey[0] === text && cachedKey[1] === ctx) return cachedSpans[0];
  if (cachedKey[2] === text && cachedKey[3] === ctx) return cachedSpans[1];
  const out: StreetAddress[] = [];
  if (factsOf(text).digits > 0) {
    const allowed = allowedStreetKeys(ctx);
    STREET.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STREET.exec(text)) !== null) {
      if (!nameWordsOk(m[1], m[2])) {
        // "4821 Maple Ave for homebound pt" read as one street ending in "pt": the shortest reading may hold.
        STREET_SHORTEST.lastIndex = m.index;
        const short = STREET_SHORTEST.exec(text);
        if (short === null || !nameWordsOk(short[1], short[2])) {
          STREET.lastIndex = m.index + 1;
          continue;
        }
        m = short;
        STREET.lastIndex = m.index + m[0].length;
      }
      const end = m.index + m[0].length;
      const own = allowed.length > 0 && allowed.includes(streetKey(m[0]) ?? '');
      out.push({ start: m.index, end, organisation: own || organisationAddress(lower, m.index, end) });
    }
    if (text.includes(',') || text.includes('Broadway')) {
      NO_SUFFIX.lastIndex = 0;
      while ((m = NO_SUFFIX.exec(text)) !== null) {
        if (!nameWordsOk(m[1]) || out.some((a) => a.start <= m!.index && m!.index < a.end)) continue;
        UNIT_AFTER.lastIndex = m.index + m[0].length;
        const end = UNIT_AFTER.exec(text) !== null ? UNIT_AFTER.lastIndex : m.index + m[0].length;
        out.push({ start: m.index, end, organisation: organisationAddress(lower, m.index, end) });
      }
    }
    for (const [start, end] of otherAddressForms(text, lower)) {
      if (out.some((a) => a.start <= start && end <= a.end)) continue;
      const own = allowed.length > 0 && allowed.includes(streetKey(text.slice(start, end)) ?? '');
      out.push({ start, end, organisation: own || organisationAddress(lower, start, end) });
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
  }
  cachedKey = [text, ctx, cachedKey[0], cachedKey[1]];
  cachedSpans = [out, cachedSpans[0]];
  return out;
}

export const addressDetector = viewDetector('address', (text, lower, emit, ctx) => {
  if (factsOf(text).digits === 0) return;
  for (const a of streetAddresses(text, lower, ctx)) if (!a.organisation) emit('address', a.start, a.end);
  let m: RegExpExecArray | null;
  if (lower.includes('ap')) {
    APT.lastIndex = 0;
    while ((m = APT.exec(text)) !== null) {
      if (!organisationAddress(lower, m.index, m.index + m[0].length)) emit('address', m.index, m.index + m[0].length);
    }
  }
  if (lower.includes('box') || lower.includes('pob')) {
    PO_BOX.lastIndex = 0;
    while ((m = PO_BOX.exec(text)) !== null) {
      if (!organisationAddress(lower, m.index, m.index + m[0].length)) emit('address', m.index, m.index + m[0].length);
    }
  }
});
