// Service dates told after the fact. A bill, a claim or an insurer's explanation names the date of a visit
// or a procedure ("charges for CVS on 22.05.2022 posted to account ...", "EOB: DEXA scan on 11-15-2024, you
// owe $317", "the claim for your 6/14/25 visit was denied", "(ER visit 7/2/25). New balance $0"); a record
// names someone's past encounter ("records from her 3/14/2024 visit", "results from your Mar 3 scan").
// A reminder's "your visit on 3/14 at 10:30" is an appointment, and a bill's "due 4/1" a deadline: neither
// is reported.
import type { Emit } from './scan.js';
import { hasKeyword } from './keywords.js';

/** Someone's own bill, claim or statement: the dates in it are dates of service. */
const BILLING = new RegExp(
  String.raw`\b(?:eob|explanation of benefits|(?:your|this) (?:statement|bill|invoice|eob)|statement for|charges? for|charged|billed|bill for|` +
    String.raw`(?:the|your|this|insurance|medical|auto|pip|dental) claims?|claims? (?:#|no\b|number|for|was|is|denied|approved|processed)|` +
    String.raw`you owe|owed|(?:new|your|account|remaining|outstanding|current|total|zero) balance|balance (?:of|due|is|was|owed|remaining)|` +
    String.raw`posted to (?:your |the )?(?:account|acct)|self-pay)\b`,
);
/** A reminder is about an appointment, even when it mentions a copay. */
const UPCOMING = /\b(?:appointments?|appts?|scheduled|reminder|see you|arrive|upcoming|coming up|tomorrow|will see)\b/;
/** Right before a service date: "on", "of", "from", "for your", "visit", "(", ... */
const SERVICE_BEFORE =
  /(?:\b(?:on|of|from|for|your|her|his|their|the|visit|stay|intake|services?|procedure|surgery|scan|exam|labs?|treatment|dos)|[(:])\s{1,2}$/;
/** ... but not a payment's, a statement's or a deadline's date: "due on", "received on", "pay by", "dated". */
const NOT_SERVICE =
  /\b(?:due|by|before|until|till|starting|starts|effective|expires?|expiring|dated|through|thru|received|payments?|paid|pay|mailed|issued|closes?|closed|ends?|deadline)\b/;
/** The date of the bill itself: "your bill of 3/14/2025", "statement from 3/1". */
const DOCUMENT_DATE = /\b(?:bill|statement|invoice|notice|letter|eob)\s(?:of|from|dated)\s{1,2}$/;
/** A time right after the date marks an appointment: "on 3/14 at 10:30", "3/14 2:15pm". */
const TIME_AFTER = /^,?\s{0,2}(?:at\s{1,2})?(?:\d{1,2}(?::\d\d|\s?[ap]\.?m\b)|noon|\d{4}\b)/;

/** Service nouns written right after a date: "her 3/14/2024 visit", "your Mar 3 scan". */
const NOUN_AFTER =
  /^\s(?:er |ed |office |clinic |hospital |urgent care |telehealth |video )?(?:visit|encounter|admission|stay|procedure|surgery|labs?|labwork|bloodwork|imaging|x-?ray|mri|ct|scan|exam|ultrasound|echo|ekg|ecg|biopsy|colonoscopy|mammogram|discharge|treatment|infusion|session|consult)\b/;
/** Whose encounter: a third person's always; "your" only in a bill or a record of a past one. */
const OWNER_BEFORE = /\b(?:her|his|their|pt'?s|patient'?s|(?:from|of|for|during|since|following|after) the|(?:from|of|during|since|following) your)\s$/;
const YOUR_BEFORE = /\byour\s$/;
/** A service noun, then the date: "(ER visit 7/2/25)", "DEXA scan on 11-15-2024". */
const NOUN_BEFORE =
  /\b(?:visit|encounter|admission|stay|procedure|surgery|labs?|imaging|scan|exam|ultrasound|biopsy|colonoscopy|mammogram|treatment|infusion|intake|therapy|session)\s{1,2}(?:on\s{1,2})?$/;

/** The part of `lower` before `at` back to the last sentence mark, at most `max` characters. */
function clauseBefore(lower: string, at: number, max: number): string {
  const s = lower.slice(Math.max(0, at - max), at);
  let cut = -1;
  for (let i = s.length - 2; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 59 || c === 10) && s.charCodeAt(i + 1) === 32) {
      cut = i + 1;
      break;
    }
  }
  return cut >= 0 ? s.slice(cut) : s;
}

/** A number right before a service noun ("3/14/2024 visit", "Mar 3 scan"): the only service date outside a bill. */
const DATED_NOUN =
  /\d\s(?:[a-z]+\s)?(?:visit|encounter|admission|stay|procedure|surgery|labs?|labwork|bloodwork|imaging|x-?ray|mri|ct|scan|exam|ultrasound|echo|ekg|ecg|biopsy|colonoscopy|mammogram|discharge|treatment|infusion|session|consult)\b/;

function isBill(lower: string): boolean {
  return hasKeyword(lower, 'billing') && BILLING.test(lower) && !UPCOMING.test(lower);
}

export function mayHaveServiceDates(lower: string): boolean {
  return isBill(lower) || (hasKeyword(lower, 'service') && DATED_NOUN.test(lower));
}

export function serviceDates(lower: string, dates: readonly [number, number][], emit: Emit): void {
  const billing = isBill(lower);
  for (const [start, end] of dates) {
    const before = clauseBefore(lower, start, 48);
    const after = lower.slice(end, end + 40);
    if (NOUN_AFTER.test(after)) {
      if (OWNER_BEFORE.test(before) || (billing && YOUR_BEFORE.test(before))) emit('date', start, end);
      continue;
    }
    if (!billing || TIME_AFTER.test(after) || NOT_SERVICE.test(before.slice(-32)) || DOCUMENT_DATE.test(before)) continue;
    if (SERVICE_BEFORE.test(before) || NOUN_BEFORE.test(before)) emit('date', start, end);
  }
}
