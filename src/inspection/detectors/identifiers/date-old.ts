// A full calendar date from the last century ("03/14/1952", "Nov 5, 1964", "3-14-52", "19520314") is, in a
// text message, a birth date or a death date, whatever word stands before it ("SANTOSO, Hafiz 11/05/1964 -
// MRN ..."): appointments, deadlines and deliveries are never decades old. The exception is an institution's
// history ("founded on March 3, 1921", "our clinic opened 1978-06-14"). A month and year alone ("March 1952")
// is left to the keyword rules.
import { ID_LABEL, Label, sentenceAround } from './context.js';
import type { Emit } from './scan.js';

/**
 * Where an old date could be: a year from 1890 to 1999 closing a numeric date, opening one, after a word
 * ("Nov 23, 1948") or run together with it; a two-digit year 30-99 closing a numeric date or after "'"; a
 * spoken "nineteen". Phone numbers ending in 19xx do not count.
 */
const OLD_HINT =
  /\d[\/\-.\\]\d{1,2}[\/\-.\\](?:189\d|19\d\d|[3-9]\d)(?!\d)|(?<!\d)(?:189\d|19\d\d)[\/\-.]\d|\w,?\s{1,2}(?:189\d|19\d\d)\b|'[3-9]\d\b|(?<!\d)(?:\d{4}(?:189\d|19\d\d)|(?:189\d|19\d\d)\d{4})(?!\d)|\d[a-z]{3}(?:19)?[3-9]\d\b|nineteen/;
const FOUR_DIGIT_OLD = /(?<!\d)(?:189\d|19\d\d)(?!\d)/;
const TWO_DIGIT_OLD = /[\/\-'][3-9]\d$/;
const DIGIT_GROUPS = /\d+/g;
const VERSION_LABEL = new Label('v|ver|version|build|release|ios|android|app|update|firmware|fw|software|sw', 'is|number|no', 1);
/** An institution's history, not a person's date. */
const HISTORY =
  /\b(?:found(?:ed|er|ers|ing)|establish(?:ed|ment)?|est\.|opened|open since|since|built|dedicated|incorporated|chartered|anniversary|histor\w*|celebrat\w*|serving|began|launched|in business|centennial|years ago|first (?:opened|patient))\b/;

function isFullOldDate(d: string): boolean {
  const groups = d.match(DIGIT_GROUPS);
  if (groups === null) return /nineteen/.test(d) && /(?:st|nd|rd|th)\b/.test(d);
  if (groups.length === 1) {
    const g = groups[0];
    return g.length === 8 && (/^(?:189|19)/.test(g) || /(?:189\d|19\d\d)$/.test(g));
  }
  if (FOUR_DIGIT_OLD.test(d)) return true;
  // "3/14/52", "14-Mar-52", "Mar 14 '52": a two-digit year closes a date of three parts.
  return TWO_DIGIT_OLD.test(d) && (groups.length >= 3 || /'\d\d$/.test(d) || /[a-z]/.test(d));
}


/** A cheaper first test: a 189x/19xx year or a two-digit year 30-99 after a mark, anywhere. */
const OLD_YEAR = /1(?:89|9\d)\d|[\/\-.\\'][3-9]\d(?!\d)|nineteen/;

export function mayHaveOldDates(lower: string): boolean {
  return OLD_YEAR.test(lower) && OLD_HINT.test(lower);
}

export function oldDates(lower: string, dates: readonly [number, number][], emit: Emit): void {
  for (const [start, end] of dates) {
    if (!isFullOldDate(lower.slice(start, end))) continue;
    // Eight digits after "code", "order #", ...: a number that happens to read as a date; "version 4.12.1907".
    if ((end - start === 8 && ID_LABEL.before(lower, start)) || VERSION_LABEL.before(lower, start)) continue;
    if (HISTORY.test(sentenceAround(lower, start, end))) continue;
    emit('date', start, end);
  }
}
