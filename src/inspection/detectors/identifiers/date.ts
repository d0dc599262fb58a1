// Dates tied to a person: birth, admission, discharge, death, injury, service ("DOB: 03/14/1952", "born
// 3-14-52", "admitted on Jan 3", "date of death 2021-07-09", "DOS 3/14/24", "MVC 07-06-2022", "fecha de
// nacimiento 13-dic-1995", "出生日期1952年3月14日"). A date with no such word (an appointment) is not PHI. The
// date must follow its word within the same clause ("DOB Oct. 11 2000"), or come just before an event verb
// in it ("On 3/14/2024 she was admitted"); years alone are allowed by Safe Harbor and not reported. Two more
// ways a date is tied to someone live apart: a service date a bill or a record reports (date-service.ts), and
// a full date too old to be anything but a birth (or death) date (date-old.ts). The written forms live in
// date-forms.ts, the words in date-words.ts.
import { datesIn } from './date-forms.js';
import { oldDates } from './date-old.js';
import { serviceDates } from './date-service.js';
import { CJK_DATE_WORDS, DATE_WORDS, EVENT_VERBS } from './date-words.js';
import { factsOf, viewDetector, type Emit } from './scan.js';
import { hasKeyword } from './keywords.js';

const KEYWORD = new RegExp(String.raw`\b(?:${DATE_WORDS})(?![a-z])`, 'g');
/** Words after "born"/"birth" that make it a rule for a cohort or a thing, not a person's birth date. */
const COHORT = /^\s{0,2}(?:before|after|between|in or after|on or after|on or before|from|control|certificates?|weight|plan|class|center|classes)\b/;
/** Words after "discharge"/"admission" that make it a topic ("discharge planning class"), not an event. */
const TOPIC =
  /^\s{0,2}(?:planning|planner|instructions?|class(?:es)?|lounge|desk|office|process|paperwork|papers|info(?:rmation)?|packets?|education|criteria|polic(?:y|ies)|team|coordinator|is free|free)\b/;
const TOPIC_WORDS = new Set(['discharge', 'admission', 'admissions']);
/** "Admission to the expo is free on 5/3": the price of getting in. */
const FEE = /\b(?:free|fees?|tickets?|price|cost|\$)/;
const SHOUTED = new Set(['dos', 'tod', 'soc', 'dol']);
const ABBREVIATIONS = new Set(['tod', 'soc', 'dob', 'dod', 'dos', 'doa', 'doi', 'dol', 'adm', 'admit', 'bday', 'b-day', "dc'd", 'd/c', "d/c'd", 'b', 'mvc', 'mva']);
/** How far a date may trail its word (or lead its verb), within one clause. */
const WINDOW = 56;
const LEAD_WINDOW = 40;
// A clause ends at a mark followed by a space, but not at the dot of an abbreviation ("St. Mary", "Jan. 3").
const CLAUSE_END =
  /(?<!\b(?:st|dr|mr|mrs|ms|mt|jr|sr|no|vs|ave|apt|hosp|med|ctr|univ|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|appt|pt|[a-z]))[.!?;\n](?:\s|$)/;

/** "from 1/2/2025 to 1/9/2025", "3/2 - 3/9": the other end of a range belongs to the same event. */
const RANGE_JOIN = /^\s{0,2}(?:-|–|to|through|thru|until|till|and)\s{0,2}/;

/** Emits the date at `end` when a range joins it to the date that ends there. */
function rangeEnd(lower: string, end: number, emit: Emit): void {
  const join = RANGE_JOIN.exec(lower.slice(end, end + 12));
  if (join === null) return;
  const from = end + join[0].length;
  const dates = datesIn(lower.slice(from, from + 28));
  if (dates.length > 0 && dates[0][0] === 0) emit('date', from, from + dates[0][1]);
}

/** Emits the first date in `window` (which starts at `from` in `lower`), and a range's other end; whether there was one. */
function firstDate(lower: string, window: string, from: number, emit: Emit): boolean {
  const dates = datesIn(window);
  if (dates.length === 0) return false;
  emit('date', from + dates[0][0], from + dates[0][1]);
  rangeEnd(lower, from + dates[0][1], emit);
  return true;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** The last date in the clause before `at`, when it is the clause's own (not split off by a mark). */
function leadingDate(lower: string, at: number, emit: Emit): void {
  const from = Math.max(0, at - LEAD_WINDOW);
  let window = lower.slice(from, at);
  let offset = from;
  for (let cut = window.search(CLAUSE_END); cut >= 0; cut = window.search(CLAUSE_END)) {
    window = window.slice(cut + 1);
    offset += cut + 1;
  }
  const dates = datesIn(window);
  if (dates.length > 0) emit('date', offset + dates[dates.length - 1][0], offset + dates[dates.length - 1][1]);
}

function keywordDates(text: string, lower: string, emit: Emit): void {
  KEYWORD.lastIndex = 0;
  // End of text already searched without finding a date, from an earlier keyword's window: a later window
  // that lies inside it (and starts between words) holds none either. Keeps "dob dob dob ..." linear.
  let searchedTo = -1;
  let k: RegExpExecArray | null;
  while ((k = KEYWORD.exec(lower)) !== null) {
    const word = k[0];
    // "dos", "tod", "soc", "dol" are words too (Spanish "two", German "death", "social"): only the capitalised
    // abbreviations (date of service, time of death, start of care, date of loss) count.
    if (word.length === 3 && SHOUTED.has(word) && text.slice(k.index, k.index + 3) !== word.toUpperCase()) continue;
    const from = k.index + word.length;
    let window = lower.slice(from, from + WINDOW);
    if ((word === 'born' || word === 'birth') && COHORT.test(window)) continue;
    if (TOPIC_WORDS.has(word) && (TOPIC.test(window) || FEE.test(window))) continue;
    const lead = ABBREVIATIONS.has(word) ? Math.max(0, window.search(/[a-z0-9]/)) : 0;
    const cut = window.slice(lead).search(CLAUSE_END);
    if (cut >= 0) window = window.slice(0, lead + cut + 1);
    const end = from + window.length;
    if (end > searchedTo || isAlnum(window.charCodeAt(0))) searchedTo = firstDate(lower, window, from, emit) ? -1 : end;
    if (EVENT_VERBS.test(word)) leadingDate(lower, k.index, emit);
  }
}

/** Han and Hangul: the date follows the word ("出生日期：1952年3月14日") or comes before it ("3月14日入院"). */
function cjkDates(lower: string, emit: Emit): void {
  CJK_DATE_WORDS.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = CJK_DATE_WORDS.exec(lower)) !== null) {
    const from = k.index + k[0].length;
    if (firstDate(lower, lower.slice(from, from + 24), from, emit)) continue;
    const start = Math.max(0, k.index - 20);
    const dates = datesIn(lower.slice(start, k.index));
    if (dates.length > 0) emit('date', start + dates[dates.length - 1][0], start + dates[dates.length - 1][1]);
  }
}

function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x3000) return true;
  return false;
}

export const dateDetector = viewDetector('date', (text, lower, emit) => {
  const facts = factsOf(text);
  if (facts.digits >= 3) {
    serviceDates(lower, emit);
    oldDates(lower, emit);
  }
  if (hasKeyword(lower, 'date')) keywordDates(text, lower, emit);
  if (hasCjk(text)) cjkDates(lower, emit);
});
