// Licence and certificate numbers: DEA registrations (format + checksum, anywhere), NPIs (10 digits with the
// NPI check digit, anywhere unless a label says the number is something else; any 10 digits after "NPI"),
// and driver's licence, professional licence and certificate numbers after their label.
import { eachKeywordValue, ID_LABEL, Label, PHONE_WORD } from './context.js';
import { deaValid } from './checks/dea.js';
import { npiValid } from './checks/npi.js';
import { ID_VALUE, idValueOk } from './id-value.js';
import { factsOf, viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

const DEA = /(?<![\w\-])[A-Za-z][A-Za-z9]\d{7}(?![\w\-])/g;
const DEA_LABEL = new Label('dea', 'number|num|no|registration|reg|is');
const NPI = /(?<![\w\-./=?&#])[12]\d{9}(?![\w\-]|\.\d)/g;
const NPI_LABEL = new Label('npi', 'number|num|no|is');
const NPI_KEYWORD = /\bnpi\b/g;
const NPI_VALUE = /\d{10}(?![\w\-])/y;
const KEYWORD =
  /\b(?:driver'?s? ?(?:licen[cs]e|lic)|driving licen[cs]e|operator'?s? licen[cs]e|drivers? lic|dl|d\/l|dl#|license|licence|lic|cdl|state id|id card|learner'?s? permit|certificate|cert|passport|medical licen[cs]e|board certification|board cert)(?: ?(?:#|number|num|no|nbr|id)(?!(?<=[a-z])[a-z]))?(?!(?<=[a-z])[a-z])/g;

/**
 * Licence numbers vary by state: digits ("D1234567"), or letters with a few digits (Washington's
 * "WDLMT99G5"); a word ("DL the app") has none.
 */
function licenceValueOk(value: string): boolean {
  if (idValueOk(value, 4, 5)) return true;
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  return value.length >= 6 && digits >= 2 && value === value.toUpperCase();
}

export const licenseDetector = viewDetector('license', (text, lower, emit, ctx) => {
  const { digits, digitRun } = factsOf(text);
  if (digits < 2) return;
  let m: RegExpExecArray | null;
  if (digitRun >= 7) {
    DEA.lastIndex = 0;
    while ((m = DEA.exec(text)) !== null) {
      const upper = m[0] === m[0].toUpperCase();
      if (deaValid(m[0]) && (upper || DEA_LABEL.before(lower, m.index))) emit('license', m.index, m.index + 9);
    }
  }
  if (digitRun >= 10) {
    NPI.lastIndex = 0;
    while ((m = NPI.exec(text)) !== null) {
      if (!npiValid(m[0])) continue;
      if (!NPI_LABEL.before(lower, m.index)) {
        // Unlabelled, ten digits are as likely a phone number: leave those to the phone detector.
        if (ctx.callbackAllowList.has(m[0]) || ctx.callbackAllowList.has('1' + m[0])) continue;
        if (ID_LABEL.before(lower, m.index) || PHONE_WORD.before(lower, m.index)) continue;
      }
      emit('license', m.index, m.index + 10);
    }
    if (lower.includes('npi')) {
      eachKeywordValue(lower, text, NPI_KEYWORD, NPI_VALUE, (start, end) => emit('license', start, end));
    }
  }
  if (!hasKeyword(lower, 'license')) return;
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, v) => {
    if (licenceValueOk(v[0])) emit('license', start, end);
  });
});
