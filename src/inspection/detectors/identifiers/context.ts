// Keyword windows: most identifiers are only identifiers because of the words around them ("MRN 00412",
// "member ID XJ4412"). Every pattern here is bounded, so a scan stays linear on hostile input.

/**
 * Words and marks allowed between a keyword and its value: "MRN: 123", "member ID # is 123", "DOB was on",
 * "ID on file: 123", "su cuenta", and the person it belongs to, up to four words in any Latin script: "SSN for
 * guarantor: 123", "chart for Mr. Ng is 123", "SSN for guarantor Đặng Tường Vi: 123".
 */
const FILLER = new RegExp(
  String.raw`(?:'s)?[\s:#=.,\-(/]{0,8}(?:(?:(?:for|of|belonging to) (?:(?:mr|mrs|ms|miss|dr|pt|patient)\.? )?[a-z\u00c0-\u024f][a-z\u00c0-\u024f'\-]{1,20}(?: [a-z\u00c0-\u024f][a-z\u00c0-\u024f'\-]{0,20}){0,3}(?=\s{0,2}(?:is |was |[:#=(,]))|(?:is|was|are|be|should|number|num|nbr|no|id|ids|of|the|on|at|date|code|reads|read|shows|says|said|ending|ends|in|with|and|last|4|four|digits|file|listed|as|new|correct|updated|now|please|pls|use|your|his|her|their|su|seu|sua|ou|es|card|it's|its|it is|um|uh|er)\b)[\s:#=.,\-(]{0,8}){0,5}`,
  'y',
);

/** Index just past the filler that starts at `pos`. */
export function skipFiller(lower: string, pos: number): number {
  FILLER.lastIndex = pos;
  FILLER.exec(lower);
  return FILLER.lastIndex;
}

/**
 * For each match of `keywords` (global, run on `lower`), try `value` (sticky, run on `text` or `lower`)
 * after the filler; calls `found` with the value's span and match, and the keyword and where it starts.
 */
export function eachKeywordValue(
  lower: string,
  subject: string,
  keywords: RegExp,
  value: RegExp,
  found: (start: number, end: number, m: RegExpExecArray, keyword: string, keywordAt: number) => void,
): void {
  keywords.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = keywords.exec(lower)) !== null) {
    const at = skipFiller(lower, k.index + k[0].length);
    value.lastIndex = at;
    const m = value.exec(subject);
    if (m !== null) found(m.index, m.index + m[0].length, m, k[0], k.index);
    if (keywords.lastIndex === k.index) keywords.lastIndex++;
  }
}

/**
 * A value written before its label: "XJ4412908 (member ID)", "00482913 is her MRN", "123456789 = SSN".
 * `at` is where the label starts; returns the value's span when `value` (sticky) matches exactly there.
 */
const BEFORE =
  /([A-Za-z0-9][A-Za-z0-9\-]{2,26})(?:\s{0,2}[(\[]\s{0,2}|\s{1,2}(?:is|was|=|are)\s{1,2}(?:(?:the|her|his|their|your|my|our|pt'?s|patient'?s)\s{1,2})?|\s{0,2}=\s{0,2})$/;

export function valueBefore(subject: string, at: number, value: RegExp): [number, number] | undefined {
  const from = Math.max(0, at - 48);
  const m = BEFORE.exec(subject.slice(from, at));
  if (m === null) return undefined;
  const start = from + m.index;
  if (start > 0 && /[\w\-]/.test(subject[start - 1])) return undefined;
  value.lastIndex = start;
  const v = value.exec(subject);
  if (v === null || v.index + v[0].length !== start + m[1].length) return undefined;
  return [start, start + m[1].length];
}

/** For each match of `labels` (global, run on `lower`), the value written right before it ("00482913 (MRN)"). */
export function eachValueBefore(
  lower: string,
  subject: string,
  labels: RegExp,
  value: RegExp,
  found: (start: number, end: number, value: string) => void,
): void {
  labels.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = labels.exec(lower)) !== null) {
    const span = valueBefore(subject, k.index, value);
    if (span !== undefined) found(span[0], span[1], subject.slice(span[0], span[1]));
  }
}

/** The sentence around [start, end) of `lower`: up to `before` characters back and `after` on, within marks. */
export function sentenceAround(lower: string, start: number, end: number, before = 64, after = 40): string {
  const head = lower.slice(Math.max(0, start - before), start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  const tail = lower.slice(end, end + after);
  const stop = tail.search(/[.!?\n](?:\s|$)/);
  return head.slice(cut + 1) + ' ' + (stop >= 0 ? tail.slice(0, stop) : tail);
}

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 47 || c === 39 || (c >= 65 && c <= 90); // a-z 0-9 / '
}

/**
 * A label looked up backwards from a position, word by word, instead of a regex anchored at the end of a
 * window (which the engine would try from every position of the window). "Order # 555..." and "order number
 * is 555..." both end in the label "order" once the filler words ("number", "is") are skipped.
 */
export class Label {
  private readonly words: ReadonlySet<string>;
  private readonly fillers: ReadonlySet<string>;
  private readonly phrases: boolean;

  /** `words` and `fillers`: "|"-separated; a word may be a two-word phrase ("social security"). */
  constructor(words: string, fillers: string, private readonly maxFillers = 3) {
    this.words = new Set(words.split('|'));
    this.fillers = new Set(fillers.split('|'));
    this.phrases = words.includes(' ');
  }

  /** Whether this label (then at most `maxFillers` filler words) stands right before `pos` in `lower`. */
  before(lower: string, pos: number): boolean {
    let i = pos;
    for (let seen = 0; seen <= this.maxFillers; seen++) {
      let gap = 0;
      while (i > 0 && !isLabelChar(lower.charCodeAt(i - 1))) {
        i--;
        if (++gap > 6) return false;
      }
      const end = i;
      while (i > 0 && isLabelChar(lower.charCodeAt(i - 1))) i--;
      if (i === end) return false;
      const word = lower.slice(i, end);
      if (this.words.has(word)) return true;
      if (this.phrases && i > 1 && lower.charCodeAt(i - 1) === 32) {
        let p = i - 1;
        while (p > 0 && isLabelChar(lower.charCodeAt(p - 1))) p--;
        if (p < i - 1 && this.words.has(lower.slice(p, end))) return true;
      }
      if (!this.fillers.has(word)) return false;
    }
    return false;
  }
}

/** A label before a bare number saying it is some other kind of number: an order, a one-time code, an MRN. */
export const ID_LABEL = new Label(
  'order|orders|tracking|track|trk|confirmation|conf|confirm|ref|reference|invoice|inv|case|ticket|transaction|txn|shipment|package|pkg|parcel|code|pin|otp|passcode|password|verification|verify|rx|refill|prescription|room|rm|suite|ste|unit|flight|gate|seat|item|sku|model|version|ver|v|coupon|promo|voucher|reservation|booking|claim|appointment|appt|visit|queue|batch|lot|po|receipt|serial|sn|s/n|imei|npi|dea|mrn|ssn|account|acct|member|policy|group|id',
  'number|num|no|nbr|is|was|id|#',
  2,
);

/** Words before a number that make it a phone number ("call", "fax:", "reach me at", "Questions?"). */
export const PHONE_WORD = new Label(
  'questions|call|calling|phone|ph|tel|telephone|cell|cellphone|mobile|mob|fax|text|txt|reach|contact|dial|home|work|number',
  'at|on|is|me|us|him|her|them|no|number|#',
  3,
);
