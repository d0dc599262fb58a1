// Dates tied to a person: birth, admission, discharge, death, injury, service ("DOB: 03/14/1952", "born
// 3-14-52", "admitted on Jan 3", "date of death 2021-07-09", "DOS 3/14/24", "MVC 07-06-2022", "fecha de
// nacimiento 13-dic-1995", "出生日期1952年3月14日"). A date with no such word (an appointment) is not PHI. The
// date must follow its word within the same clause ("DOB Oct. 11 2000"), or come just before an event verb
// in it ("On 3/14/2024 she was admitted"); years alone are allowed by Safe Harbor and not reported. Two more
// ways a date is tied to someone live apart: a service date a bill or a record reports (date-service.ts), and
// a full date too old to be anything but a birth (or death) date (date-old.ts). The written forms live in
// date-forms.ts, the words in date-words.ts.
import { datesIn } from './date-forms.js';
import { mayHaveOldDates, oldDates } from './date-old.js';
import { mayHaveServiceDates, serviceDates } from './date-service.js';
import { BIRTH_AFTER_DATE, CJK_DATE_WORDS, DATE_WORDS, EVENT_VERBS } from './date-words.js';
import { factsOf, viewDetector, type Emit } from './scan.js';
import { hasKeyword, keywordStarts } from './keywords.js';

// Tried only where the shared keyword pass found a date word's prefix at a word start (keywordStarts).
const KEYWORD = new RegExp(String.raw`\b(?:${DATE_WORDS})(?![a-z])`, 'y');
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
const RANGE_JOIN = /^\s{0,2}(?:-|–|to|through|thru|until|till|and)\s{0,2}$/;

type Span = [number, number];

/** Index of the first date starting at or after `from` (dates sorted by start). */
function firstFrom(dates: readonly Span[], from: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid][0] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Emits date `i` and, when a range joins it to the next one, that one too. */
function emitWithRange(lower: string, dates: readonly Span[], i: number, emit: Emit): void {
  const [start, end] = dates[i];
  emit('date', start, end);
  const next = firstFrom(dates, end);
  if (next < dates.length && dates[next][0] - end <= 12 && RANGE_JOIN.test(lower.slice(end, dates[next][0]))) {
    emit('date', dates[next][0], dates[next][1]);
  }
}

/** Emits the first date that starts in [from, to); whether there was one. */
function firstDate(lower: string, dates: readonly Span[], from: number, to: number, emit: Emit): boolean {
  const i = firstFrom(dates, from);
  if (i >= dates.length || dates[i][0] >= to) return false;
  emitWithRange(lower, dates, i, emit);
  return true;
}

/** The last date in the clause before `at`, when it is the clause's own (not split off by a mark). */
function leadingDate(lower: string, dates: readonly Span[], at: number, emit: Emit): void {
  let from = Math.max(0, at - LEAD_WINDOW);
  const window = lower.slice(from, at);
  let rest = window;
  for (let cut = rest.search(CLAUSE_END); cut >= 0; cut = rest.search(CLAUSE_END)) {
    rest = rest.slice(cut + 1);
    from = at - rest.length;
  }
  let last = -1;
  for (let i = firstFrom(dates, from); i < dates.length && dates[i][0] < at; i++) if (dates[i][1] <= at) last = i;
  if (last >= 0) emit('date', dates[last][0], dates[last][1]);
}

/** A date right before a birth word, with at most a mark between: "03/14/1952 (DOB)", "3/14/52 - DOB". */
function adjacentDateBefore(lower: string, dates: readonly Span[], at: number, emit: Emit): void {
  for (let i = firstFrom(dates, Math.max(0, at - 24)); i < dates.length && dates[i][0] < at; i++) {
    if (dates[i][1] <= at && /^[\s(\-–:,]{0,3}$/.test(lower.slice(dates[i][1], at))) emit('date', dates[i][0], dates[i][1]);
  }
}

function keywordDates(text: string, lower: string, datesOf: () => readonly Span[], emit: Emit): void {
  for (const at of keywordStarts(lower, 'date')) {
    KEYWORD.lastIndex = at;
    const k = KEYWORD.exec(lower);
    if (k === null) continue;
    const dates = datesOf();
    if (dates.length === 0) return;
    const word = k[0];
    // "dos", "tod", "soc", "dol" are words too (Spanish "two", German "death", "social"): only the capitalised
    // abbreviations (date of service, time of death, start of care, date of loss) count.
    if (word.length === 3 && SHOUTED.has(word) && text.slice(k.index, k.index + 3) !== word.toUpperCase()) continue;
    const from = k.index + word.length;
    const next = firstFrom(dates, from);
    const verb = EVENT_VERBS.test(word);
    // No date after the word within its reach, and none before it for an event verb: nothing to read.
    if ((next >= dates.length || dates[next][0] >= from + WINDOW) && !verb && !BIRTH_AFTER_DATE.test(word)) continue;
    let window = lower.slice(from, from + WINDOW);
    if ((word === 'born' || word === 'birth') && COHORT.test(window)) continue;
    if (TOPIC_WORDS.has(word) && (TOPIC.test(window) || FEE.test(window))) continue;
    const lead = ABBREVIATIONS.has(word) ? Math.max(0, window.search(/[a-z0-9]/)) : 0;
    const cut = window.slice(lead).search(CLAUSE_END);
    if (cut >= 0) window = window.slice(0, lead + cut + 1);
    firstDate(lower, dates, from, from + window.length, emit);
    if (verb) leadingDate(lower, dates, k.index, emit);
    else if (BIRTH_AFTER_DATE.test(word)) adjacentDateBefore(lower, dates, k.index, emit);
  }
}

/** Han and Hangul: the date follows the word ("出生日期：1952年3月14日") or comes before it ("3月14日入院"). */
function cjkDates(lower: string, dates: readonly Span[], emit: Emit): void {
  CJK_DATE_WORDS.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = CJK_DATE_WORDS.exec(lower)) !== null) {
    const from = k.index + k[0].length;
    if (firstDate(lower, dates, from, from + 24, emit)) continue;
    let last = -1;
    for (let i = firstFrom(dates, k.index - 20); i < dates.length && dates[i][0] < k.index; i++) if (dates[i][1] <= k.index) last = i;
    if (last >= 0) emit('date', dates[last][0], dates[last][1]);
  }
}

const CJK = /[\u3040-\u9fff\uac00-\ud7af]/;

function hasCjk(text: string): boolean {
  return CJK.test(text);
}

export const dateDetector = viewDetector('date', (text, lower, emit) => {
  // Which rules could apply, by cheap tests; then every date written in the text, found once.
  const keywords = hasKeyword(lower, 'date');
  const digits = factsOf(text).digits >= 3;
  const service = digits && mayHaveServiceDates(lower);
  const old = digits && mayHaveOldDates(lower);
  const cjk = hasCjk(text);
  if (!keywords && !service && !old && !cjk) return;
  // Found only when a rule needs them: most texts a keyword prefix wakes hold no keyword at all.
  let found: Span[] | undefined;
  const datesOf = (): Span[] => (found ??= datesIn(lower));
  if (service) serviceDates(lower, datesOf(), emit);
  if (old) oldDates(lower, datesOf(), emit);
  if (keywords) keywordDates(text, lower, datesOf, emit);
  if (cjk) cjkDates(lower, datesOf(), emit);
});
