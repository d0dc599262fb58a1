// The ways a calendar date is written in a message: numeric with separators (3/14/1952, 14.03.1952,
// 1952-03-14, "03 14 1952"), run together (03141952, 19520314, 031452, 14MAR1952), with a month name (Mar 14, 1952;
// 14th of March; 14-Mar-52; March 1952; Mar 14 '52), and spoken ("March fourteenth nineteen fifty-two",
// "the third of May"), and in other languages ("3 de marzo de 1952", "ngay 14 thang 3 nam 1952", "1952年3月14日"). Only
// the shape lives here; whether a date is tied to a person is date.ts's call.
import { FOREIGN_MONTHS, FOREIGN_MONTHS_WITH_YEAR } from './date-months.js';
import { hasKeyword } from './keywords.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const ORDINAL_UNITS = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const SPOKEN_DAY =
  `(?:${ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|` +
  `twentieth|twenty[\\s\\-]${ORDINAL_UNITS}|thirtieth|thirty[\\s\\-]first)`;
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** "nineteen fifty-two", "nineteen oh five", "two thousand three", "twenty twenty-one". */
const SPOKEN_YEAR =
  `(?:(?:nineteen|twenty)[\\s\\-](?:${TENS}(?:[\\s\\-]${UNITS})?|${TEENS}|(?:oh|o)[\\s\\-]${UNITS}|hundred)|` +
  `two thousand(?: and)?(?:[\\s\\-](?:${UNITS}|${TEENS}|twenty(?:[\\s\\-]${UNITS})?))?)`;
const DAY_NUMBER = '(?:0?[1-9]|[12]\\d|3[01])';
const DAY = `(?:${DAY_NUMBER}(?:st|nd|rd|th)?|${SPOKEN_DAY})`;
const YEAR = `(?:\\d{4}|'\\d{2}|${SPOKEN_YEAR})`;

// Small regexes rather than one alternation of every form: V8 takes tens of milliseconds to compile a month
// name followed by optional spoken days and years in one pattern, and runs it slowly until it tiers up. A
// month name is found first; the day and year around it are then read with small sticky patterns. Everything
// here runs on lower-cased text.

/** Numeric forms; the capture groups tell plausibleDate which one matched. */
const NUMERIC = new RegExp(
  [
    // 3/14/1952, 3-14-52, 3 / 14, 14.03.1952 (group 1: the whole numeric date, group 3: its separator)
    String.raw`(?<![\w/.\\])((\d{1,2}) ?([/.\-\\]) ?(\d{1,2})(?: ?\3 ?(\d{4}|\d{2}))?)(?![\w/\-\\]|\.\d)`,
    // 1952-03-14, 1952/03/14
    String.raw`(?<![\w/.])((?:19|20)\d\d([/.\-])(\d{1,2})\7(\d{1,2}))(?![\w/\-])`,
    // 03 14 1952, 3 14 52
    String.raw`(?<![\w/.:])((\d{1,2}) (\d{1,2}) ((?:19|20)?\d\d))(?![\w/\-:])`,
    // 03141952, 19520314, 031452
    String.raw`(?<![\w\-./])(\d{6}|\d{8})(?![\w\-/]|\.\d)`,
  ].join('|'),
  'g',
);

const MONTH_WORD = new RegExp(String.raw`\b${MONTH}\b\.?`, 'g');
/** After the month: the day ("Mar 14", "March 14th", "March the fourteenth", "Mar-14-"). */
const DAY_AFTER = new RegExp(String.raw`,?\s{1,2}(?:the\s{1,2})?${DAY}\b`, 'y');
const DASHED_AFTER = /[\-/]\d{1,2}[\-/](?:\d{4}|\d{2})\b/y;
/** A year before the month ("1949 may", "1949-may-"), and the day after it ("-05", " 5th"). */
const YEAR_BEFORE = /\b(?:19|20)\d\d[\-/ ,]{1,2}$/;
const DAY_AFTER_YEAR_FIRST = new RegExp(String.raw`(?:[\-/]|,?\s{1,2})${DAY_NUMBER}(?:st|nd|rd|th)?\b`, 'y');
/** Before the month: the day ("14 Mar", "14th of March", "the fourteenth of March", "14-Mar-"). */
const DAY_BEFORE = new RegExp(String.raw`\b(?:${DAY_NUMBER}(?:st|nd|rd|th)?|${SPOKEN_DAY})\s{1,2}(?:of\s{1,2})?$|\b${DAY_NUMBER}[\-/ ]$`);
/** After the day (or the month): the year ("1952", "'52", "nineteen fifty-two"), or "-52" after "14-Mar". */
const YEAR_AFTER = new RegExp(String.raw`\.?,?\s{1,2}(?:of\s{1,2})?${YEAR}\b`, 'y');
const SHORT_YEAR_AFTER = /[\-/ ](?:\d{4}|\d{2})\b/y;
/** After the month alone: "March 1952", "March of 1952", "Mar '52". */
const MONTH_YEAR = /\.?,?\s{1,2}(?:of\s{1,2})?(?:\d{4}|'\d{2})\b/y;

function stickyEnd(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.exec(s) === null ? -1 : re.lastIndex;
}

/** Dates written around month names: "Mar 14, 1952", "14th of March", "14-Mar-52", "March 1952". */
function namedDates(window: string, out: [number, number][]): void {
  MONTH_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_WORD.exec(window)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    // "1949 May 05", "1949-May-05": the year written first.
    const yearFirst = YEAR_BEFORE.exec(window.slice(Math.max(0, start - 7), start));
    if (yearFirst !== null) {
      const dayEnd = stickyEnd(DAY_AFTER_YEAR_FIRST, window, end);
      if (dayEnd >= 0) {
        out.push([start - (Math.min(start, 7) - yearFirst.index), dayEnd]);
        continue;
      }
    }
    const dayEnd = stickyEnd(DAY_AFTER, window, end);
    if (dayEnd >= 0) {
      out.push([start, Math.max(stickyEnd(YEAR_AFTER, window, dayEnd), dayEnd)]);
      continue;
    }
    const dashed = stickyEnd(DASHED_AFTER, window, end);
    if (dashed >= 0) {
      out.push([start, dashed]);
      continue;
    }
    const before = DAY_BEFORE.exec(window.slice(Math.max(0, start - 24), start));
    if (before !== null) {
      const from = start - (before.input.length - before.index);
      out.push([from, Math.max(stickyEnd(SHORT_YEAR_AFTER, window, end), stickyEnd(YEAR_AFTER, window, end), end)]);
      continue;
    }
    const yearEnd = stickyEnd(MONTH_YEAR, window, end);
    if (yearEnd >= 0) out.push([start, yearEnd]);
  }
}

const MONTH_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
/** Day, month and year run together, as lab and pharmacy systems print them: "07APR1949", "7apr49". */
const RUN_TOGETHER = /(?<![\w])(?:0?[1-9]|[12]\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\d{4}|\d{2})(?![\w])/g;
const RUN_HINT = /\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d/;

const MONTH_FOREIGN = `(?:${FOREIGN_MONTHS})`;
const MONTH_FOREIGN_YEAR_ONLY = `(?:${FOREIGN_MONTHS_WITH_YEAR})`;

/**
 * "3 de marzo de 1952", "17 de marco de 1988", "1er mars 1952", "ika-3 ng Marso 1952", "3 marca 1952",
 * "Marso 3, 1952", "13-dic-1995", Vietnamese "ngay 14 thang 3 nam 1952", Han/Hangul "1952年3月14日".
 */
const FOREIGN = new RegExp(
  [
    String.raw`\b(?:ngay\s|ika-?\s?)?\d{1,2}(?:o|er|\.)?\s(?:de\s|ng\s)?${MONTH_FOREIGN}\b\.?(?:,?\s(?:de\s|del\s|do\s)?\d{4}\b)?`,
    String.raw`\b${MONTH_FOREIGN}\.?\s\d{1,2}\b(?:,?\s\d{4}\b)?`,
    String.raw`\b\d{1,2}[\-/.](?:${MONTH_FOREIGN}|${MONTH_FOREIGN_YEAR_ONLY})[\-/.](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{1,2}\s(?:de\s)?${MONTH_FOREIGN_YEAR_ONLY}\s(?:de\s)?\d{4}\b`,
    String.raw`\b(?:ngay\s)?\d{1,2}\sthang\s\d{1,2}\b(?:,?\snam\s\d{4}\b)?`,
    String.raw`(?<!\d)(?:(?:19|20)\d\d\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?`,
  ].join('|'),
  'g',
);
/** Whether FOREIGN could match: a month word of another language (the shared keyword pass) or a Han/Hangul month. */
const YEAR_ONLY_HINT = new RegExp(String.raw`\b${MONTH_FOREIGN_YEAR_ONLY}\s(?:de\s)?\d{4}|\d[\-/.]${MONTH_FOREIGN_YEAR_ONLY}[\-/.]\d`);
function foreignHint(window: string): boolean {
  return hasKeyword(window, 'foreignMonth') || YEAR_ONLY_HINT.test(window) || window.includes('月') || window.includes('월');
}

function collect(re: RegExp, window: string, out: [number, number][], check: boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) if (!check || plausibleDate(m)) out.push([m.index, m.index + m[0].length]);
}

/** The plausible dates written in `window` (lower-cased), by start, a longer one first where two start together. */
export function datesIn(window: string): [number, number][] {
  const out: [number, number][] = [];
  let digit = false;
  for (let i = 0; i < window.length && !digit; i++) digit = window.charCodeAt(i) >= 48 && window.charCodeAt(i) <= 57;
  if (digit) collect(NUMERIC, window, out, true);
  if (MONTH_HINT.test(window)) namedDates(window, out);
  if (digit && RUN_HINT.test(window)) collect(RUN_TOGETHER, window, out, false);
  if (digit && foreignHint(window)) collect(FOREIGN, window, out, false);
  return out.length > 1 ? out.sort((a, b) => a[0] - b[0] || b[1] - a[1]) : out;
}

function monthDay(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

function ymd(y: number, m: number, d: number): boolean {
  return y >= 1890 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Whether a match of NUMERIC is a real calendar date. */
function plausibleDate(m: RegExpExecArray): boolean {
  if (m[1] !== undefined) {
    // Without a year only "3/14" is a date: "2-3 days" and "1.5" are not.
    if (m[5] === undefined && m[3] !== '/') return false;
    return monthDay(Number(m[2]), Number(m[4]));
  }
  if (m[6] !== undefined) return ymd(Number(m[6].slice(0, 4)), Number(m[8]), Number(m[9]));
  if (m[10] !== undefined) return monthDay(Number(m[11]), Number(m[12]));
  if (m[14] !== undefined) {
    const d = m[14];
    const two = (i: number): number => Number(d.slice(i, i + 2));
    if (d.length === 6) return monthDay(two(0), two(2)); // MMDDYY, DDMMYY
    if (ymd(Number(d.slice(0, 4)), two(4), two(6))) return true; // YYYYMMDD
    const y = Number(d.slice(4));
    return y >= 1890 && y <= 2099 && monthDay(two(0), two(2)); // MMDDYYYY, DDMMYYYY
  }
  return false;
}
