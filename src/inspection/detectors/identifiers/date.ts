// Dates tied to a person: birth, admission, discharge, death ("DOB: 03/14/1952", "born 3-14-52", "admitted
// on Jan 3", "date of death 2021-07-09"). A date with no such word (an appointment) is not PHI. The date
// must follow its word within the same clause; years alone are allowed by Safe Harbor and not reported.
import { viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(
  [
    String.raw`(?<![\w/.])(\d{1,2}) ?([/.\-]) ?(\d{1,2})(?: ?\2 ?(\d{4}|\d{2}))?(?![\w/\-]|\.\d)`, // 3/14/1952, 3-14-52, 3 / 14
    String.raw`(?<![\w/.])(\d{4})([/.\-])(\d{1,2})\6(\d{1,2})(?![\w/\-])`, // 1952-03-14, 1952/03/14
    String.raw`\b${MONTH}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s{1,2}\d{4}\b)?`, // Jan 3, January 3rd, 1952
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:of\s{1,2})?${MONTH}\b\.?(?:,?\s{1,2}\d{4}\b)?`, // 3 Jan 1952
    String.raw`\b\d{1,2}[\-/]${MONTH}[\-/](?:\d{4}|\d{2})\b`, // 14-Mar-1952
    String.raw`\b${MONTH}\.?,?\s{1,2}(?:of\s{1,2})?\d{4}\b`, // March 1952
    String.raw`(?<![\w\-])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d(?![\w\-])`, // 03141952
  ].join('|'),
  'gi',
);
const KEYWORD =
  /\b(?:dob|date of birth|birth ?date|birthdate|birthday|bday|b-day|born|admitted|admission|admit|adm|discharged|discharge|dc'd|died|date of death|dod|deceased|passed away|death|b(?=\.\s?\d))(?![a-z])/g;
/** Words after "born" that make it a rule for a cohort, not a person's birth date. */
const COHORT = /^\s{0,2}(?:before|after|between|in or after|on or after|on or before|from)\b/;
const ABBREVIATIONS = new Set(['dob', 'dod', 'adm', 'admit', 'bday', 'b-day', "dc'd", 'b']);
/** How far a date may trail its word, within one clause. */
const WINDOW = 48;
const CLAUSE_END = /(?<!\b(?:st|dr|mr|mrs|ms|mt|jr|sr|no|vs|ave|apt|hosp|med|ctr|univ|[a-z]))[.!?;\n](?:\s|$)/;

function plausible(m: RegExpExecArray): boolean {
  // Numeric forms: month/day ranges (either order, for d/m/y writers). Without a year only "3/14" is a
  // date: "2-3 days" and "1.5" are not.
  if (m[1] !== undefined) {
    if (m[4] === undefined && m[2] !== '/') return false;
    const a = Number(m[1]);
    const b = Number(m[3]);
    return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
  }
  if (m[5] !== undefined) {
    const mo = Number(m[7]);
    const d = Number(m[8]);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  }
  return true;
}

export const dateDetector = viewDetector('date', (_text, lower, emit) => {
  if (!hasKeyword(lower, 'date')) return;
  KEYWORD.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = KEYWORD.exec(lower)) !== null) {
    const from = k.index + k[0].length;
    let window = lower.slice(from, from + WINDOW);
    if (k[0] === 'born' && COHORT.test(window)) continue;
    // A clause ends at a mark followed by a space, but not at the dot of an abbreviation ("DOB.: 3/14",
    // "St. Mary", "Jan. 3").
    const lead = ABBREVIATIONS.has(k[0]) ? Math.max(0, window.search(/[a-z0-9]/)) : 0;
    const cut = window.slice(lead).search(CLAUSE_END);
    if (cut >= 0) window = window.slice(0, lead + cut + 1);
    DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(window)) !== null) {
      if (plausible(m)) {
        emit('date', from + m.index, from + m.index + m[0].length);
        break;
      }
    }
  }
});
