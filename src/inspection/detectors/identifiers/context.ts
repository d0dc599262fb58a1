// Keyword windows: most identifiers are only identifiers because of the words around them ("MRN 00412",
// "member ID XJ4412"). Every pattern here is bounded, so a scan stays linear on hostile input.

/** Words and marks allowed between a keyword and its value: "MRN: 123", "member ID # is 123", "DOB was on". */
const FILLER = /[\s:#=.,\-(]{0,8}(?:(?:is|was|are|number|num|nbr|no|id|ids|of|the|on|at|date|code|reads|ending|ends|in|with|and|last|4|four|digits)\b[\s:#=.,\-(]{0,8}){0,5}/y;

/** Index just past the filler that starts at `pos`. */
export function skipFiller(lower: string, pos: number): number {
  FILLER.lastIndex = pos;
  FILLER.exec(lower);
  return FILLER.lastIndex;
}

/**
 * For each match of `keywords` (global, run on `lower`), try `value` (sticky, run on `text` or `lower`)
 * after the filler; calls `found` with the value's span and match.
 */
export function eachKeywordValue(
  lower: string,
  subject: string,
  keywords: RegExp,
  value: RegExp,
  found: (start: number, end: number, m: RegExpExecArray) => void,
): void {
  keywords.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = keywords.exec(lower)) !== null) {
    const at = skipFiller(lower, k.index + k[0].length);
    value.lastIndex = at;
    const m = value.exec(subject);
    if (m !== null) found(m.index, m.index + m[0].length, m);
    if (keywords.lastIndex === k.index) keywords.lastIndex++;
  }
}

/** Whether `re` (not global, usually anchored with $) matches the `window` characters before `pos`. */
export function before(lower: string, pos: number, window: number, re: RegExp): boolean {
  return re.test(lower.slice(Math.max(0, pos - window), pos));
}

/** A label before a bare number saying it is some other kind of number: an order, a one-time code, an MRN. */
export const ID_LABEL_BEFORE =
  /\b(?:order|orders|tracking|track|trk|confirmation|conf|confirm|ref|reference|invoice|inv|case|ticket|transaction|txn|shipment|package|pkg|parcel|code|pin|otp|passcode|password|verification|verify|rx|refill|prescription|room|rm|suite|ste|unit|flight|gate|seat|item|sku|model|version|ver|v|coupon|promo|voucher|reservation|booking|claim|appointment|appt|visit|queue|ticket|batch|lot|po|receipt|serial|sn|imei|npi|dea|mrn|ssn|account|acct|member|policy|group|id)\b[\s#:.\-]{0,4}(?:(?:number|num|no|nbr|is|was|id)\b[\s#:.\-]{0,4}){0,2}$/;

/** Words before a number that make it a phone number ("call", "fax:", "reach me at", "Questions?"). */
export const PHONE_WORD_BEFORE =
  /\b(?:questions\?|call|calling|phone|ph|tel|telephone|cell|cellphone|mobile|mob|fax|text|txt|reach|contact|dial|home|work|number|me at|him at|her at)\b[\s:#.\-]{0,4}(?:(?:at|on|is|me|us|him|her|no|number|#)\b[\s:#.\-]{0,3}){0,3}$/;
