// ZIP codes tied to a place: after a state ("Springfield, IL 62704", "Illinois 62704"), after "zip"/"postal
// code" (or before it), right after a street address and its city ("12 Birch Ln, Oak Park 60302"), after a
// town someone lives in or moved to ("lives in Oak Park 60302"), and ZIP+4 anywhere a label does not say it
// is something else. A bare 5-digit number is not a ZIP. A ZIP that belongs to an
// organisation's address (address-context.ts) or the sender's own is not a finding.
import type { DetectContext } from '../../types.js';
import { eachKeywordValue, ID_LABEL } from './context.js';
import { allowedStreetKeys } from './address-allow.js';
import { streetAddresses, type StreetAddress } from './address.js';
import { organisationAddress } from './address-context.js';
import { factsOf, viewDetector } from './scan.js';
import { AMBIGUOUS, STATE_NAMES, STATES } from './us-states.js';

const ZIP = String.raw`\d{5}(?:-\d{4})?(?![\w\-])`;
const AFTER_STATE = new RegExp(
  String.raw`(?:\b(?:${STATES})|[A-Za-z],\s{0,2}(?:${AMBIGUOUS})|\b(?!(?:Reply|Text|Send|Call|Press|Dial|Enter|Say|Type)\b)[A-Z][a-z]{2,}\s(?:${AMBIGUOUS}))\.?,?\s{1,3}(${ZIP})`,
  'g',
);
const AFTER_STATE_NAME = new RegExp(String.raw`\b(?:${STATE_NAMES}),?\s{1,3}(${ZIP})`, 'g');
const KEYWORD = /\b(?:zip|zip code|zipcode|zip\+4|postal code|postcode|postal|codigo postal)(?!(?<=[a-z])[a-z])/g;
const VALUE = new RegExp(ZIP, 'y');
const ZIP4 = /(?<![\w\-.$])\d{5}-\d{4}(?![\w\-])/g;
/** After a street address: an optional city of up to three words, an optional state, then the ZIP. */
const TAIL = new RegExp(
  String.raw`[,.]?\s{1,3}(?:[A-Z][A-Za-z'\-]{1,20}(?:\s[A-Z][A-Za-z'\-]{1,20}){0,2}\.?,?\s{1,3})?(?:(?:${STATES}|${AMBIGUOUS})\.?,?\s{1,3})?(${ZIP})`,
  'y',
);

/** A ZIP named by the word after it: "in the 60614 zip code", "60614 (zip)". */
const BEFORE_KEYWORD = /(?<![\w\-.$])(\d{5}(?:-\d{4})?)\s{0,2}\(?\s{0,2}(?:zip|zip code|postal code)\b/g;
/** A town and ZIP after a verb of living or moving: "lives in Oak Park 60302", "moved to Skokie, 60076". */
const PERSON_PLACE =
  /\b(?:lives|living|live|resides|residing|reside|moved|moving|relocated|relocating|staying|stays|home is|from)\s(?:in\s|to\s|at\s)?(?:[A-Z][A-Za-z'\-]{1,20}\s?){1,3},?\s{1,2}(\d{5}(?:-\d{4})?)(?![\w\-])/g;

/** A ZIP a person lives in, said without a town: "you live in 60614", "in the 60614 area". */
const PERSON_ZIP =
  /\b(?:(?:lives?|living|resides?|residing|you're|you are|home is|moved|moving|relocated)\s(?:in|at|near|to)\s(?:the\s)?(\d{5})(?![\w\-])|(?:in|near|around)\s(?:the\s)?(\d{5})\s(?:area|zip)\b)/g;

/** The street address a ZIP at `at` follows within its sentence, if any. */
function addressBefore(addresses: readonly StreetAddress[], text: string, at: number): StreetAddress | undefined {
  for (let i = addresses.length - 1; i >= 0; i--) {
    const a = addresses[i];
    if (a.end > at) continue;
    if (at - a.end > 64 || /[!?\n]|\.\s/.test(text.slice(a.end, at))) return undefined;
    return a;
  }
  return undefined;
}

export const zipDetector = viewDetector('zip', (text, lower, emit, ctx: DetectContext) => {
  if (factsOf(text).digitRun < 5) return;
  const allowed = allowedStreetKeys(ctx);
  const addresses = streetAddresses(text, lower, ctx);
  const report = (start: number, end: number): void => {
    if (allowed.length > 0 && allowed.some((k) => lower.lastIndexOf(k, start) >= Math.max(0, start - 64))) return;
    const a = addressBefore(addresses, text, start);
    if (a !== undefined ? a.organisation : organisationAddress(lower, start, end)) return;
    emit('zip', start, end);
  };
  let m: RegExpExecArray | null;
  AFTER_STATE.lastIndex = 0;
  while ((m = AFTER_STATE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    report(start, start + m[1].length);
  }
  AFTER_STATE_NAME.lastIndex = 0;
  while ((m = AFTER_STATE_NAME.exec(lower)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    report(start, start + m[1].length);
  }
  for (const a of addresses) {
    TAIL.lastIndex = a.end;
    if ((m = TAIL.exec(text)) !== null) report(m.index + m[0].length - m[1].length, m.index + m[0].length);
  }
  if (lower.includes('zip') || lower.includes('post')) {
    eachKeywordValue(lower, text, KEYWORD, VALUE, (start, end) => report(start, end));
    BEFORE_KEYWORD.lastIndex = 0;
    while ((m = BEFORE_KEYWORD.exec(lower)) !== null) report(m.index, m.index + m[1].length);
  }
  PERSON_ZIP.lastIndex = 0;
  while ((m = PERSON_ZIP.exec(lower)) !== null) {
    const zip = m[1] ?? m[2];
    const start = m.index + m[0].indexOf(zip);
    report(start, start + 5);
  }
  PERSON_PLACE.lastIndex = 0;
  while ((m = PERSON_PLACE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    report(start, start + m[1].length);
  }
  if (text.includes('-')) {
    ZIP4.lastIndex = 0;
    while ((m = ZIP4.exec(text)) !== null) {
      if (!ID_LABEL.before(lower, m.index)) report(m.index, m.index + 10);
    }
  }
});
