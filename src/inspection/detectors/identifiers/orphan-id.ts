// An identifier nobody labelled, in a message about an identified person: "SANTOSO, Hafiz DOB Nov 5, 1964 -
// MRN 48296833 - ZPS 437450878", "STROKE ALERT CT1: 91YO M, LKW 0640, R SIDED WEAKNESS, E2291840". A token
// shaped like a record or member number (seven or more digits, or six with a letter prefix or suffix) is an
// identifier when the message already identifies someone (another detector found a name or an identifier)
// and no label calls it something else (an order, a tracking or confirmation number, a one-time code).
// Ten- and eleven-digit runs are phone numbers' business. It runs after every other detector (it reads
// their findings) and reports an MRN, the most common unlabelled id in clinical messages.
import { IDENTIFIER_CATEGORIES, type Category } from '../../categories.js';
import type { DetectContext, Detector, Finding, NormalizedText } from '../../types.js';
import { ID_LABEL, PHONE_WORD } from './context.js';
import { datesIn } from './date-forms.js';
import { factsOf } from './scan.js';

const TOKEN = /(?<![\w\-#$.,\/:@+])(?:[A-Z]{1,4}[\- ]?)?\d{6,12}[A-Z]?(?![\w\-\/:@%]|[.,]\d)/g;
/** "74446259 is your login code", "483353 (expires in 10 min)". */
const CODE_AFTER = /^\s{0,2}(?:is\s(?:your|the)\b|\(?expires|\(?valid|to (?:confirm|verify|finish|log))/;
const IDENTIFIERS: ReadonlySet<Category> = new Set(IDENTIFIER_CATEGORIES);

function identifiesSomeone(found: readonly Finding[]): boolean {
  for (const f of found) if (IDENTIFIERS.has(f.category)) return true;
  return false;
}

function covered(found: readonly Finding[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}

export const orphanIdDetector: Detector = {
  id: 'orphan-id',
  detect(doc: NormalizedText, ctx: DetectContext, out: Finding[]): void {
    const text = doc.text;
    if (factsOf(text).digitRun < 6 || !identifiesSomeone(out)) return;
    const lower = doc.lower;
    const found: Finding[] = [];
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text)) !== null) {
      const token = m[0];
      const start = m.index;
      const end = start + token.length;
      const digits = token.replace(/\D/g, '');
      const letters = digits.length < token.replace(/[\s\-]/g, '').length;
      if (digits.length < (letters ? 6 : 7)) continue;
      if (!letters && (digits.length === 10 || digits.length === 11 || ctx.callbackAllowList.has(digits))) continue;
      if (covered(out, start, end) || ID_LABEL.before(lower, start) || PHONE_WORD.before(lower, start)) continue;
      if (CODE_AFTER.test(lower.slice(end, end + 24))) continue;
      // A letter prefix that is a label of its own ("PO 1234567", "REF 1234567").
      const digitsAt = start + token.search(/\d/);
      if (digitsAt > start && ID_LABEL.before(lower, digitsAt)) continue;
      const dates = datesIn(lower.slice(start, end));
      if (dates.length > 0 && dates[0][1] - dates[0][0] === token.length) continue;
      found.push({ category: 'mrn', start, end, detector: 'orphan-id' });
    }
    for (const f of found) out.push(f);
  },
};
