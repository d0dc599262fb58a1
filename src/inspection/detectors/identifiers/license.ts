// Licence and certificate numbers: DEA registrations (format + checksum, anywhere), NPIs (10 digits with the
// NPI check digit, anywhere unless a label says the number is something else; any 10 digits after "NPI"),
// and driver's licence, professional licence and certificate numbers after their label.
import { before, eachKeywordValue, ID_LABEL_BEFORE, PHONE_WORD_BEFORE } from './context.js';
import { deaValid } from './checks/dea.js';
import { npiValid } from './checks/npi.js';
import { ID_VALUE, idValueOk } from './id-value.js';
import { factsOf, viewDetector } from './scan.js';

const DEA = /(?<![\w\-])[A-Za-z][A-Za-z9]\d{7}(?![\w\-])/g;
const DEA_BEFORE = /\bdea\b[^a-z0-9]{0,6}(?:(?:number|num|no|registration|reg|is|#)\b[^a-z0-9]{0,4}){0,3}$/;
const NPI = /(?<![\w\-.])[12]\d{9}(?![\w\-]|\.\d)/g;
const NPI_BEFORE = /\bnpi\b[^a-z0-9]{0,6}(?:(?:number|num|no|is|#)\b[^a-z0-9]{0,4}){0,3}$/;
const NPI_KEYWORD = /\bnpi\b/g;
const NPI_VALUE = /\d{10}(?![\w\-])/y;
const KEYWORD =
  /\b(?:driver'?s? ?(?:licen[cs]e|lic)|drivers? lic|dl|d\/l|dl#|license|licence|lic|cdl|state id|certificate|cert|passport|medical licen[cs]e|board certification|board cert)(?: ?(?:#|number|num|no|nbr|id)(?!(?<=[a-z])[a-z]))?(?!(?<=[a-z])[a-z])/g;
const PREFILTER = /lic|dl|d\/l|state id|cert|passport/;

export const licenseDetector = viewDetector('license', (text, lower, emit, ctx) => {
  const { digits, digitRun } = factsOf(text);
  if (digits < 4) return;
  let m: RegExpExecArray | null;
  if (digitRun >= 7) {
    DEA.lastIndex = 0;
    while ((m = DEA.exec(text)) !== null) {
      const upper = m[0] === m[0].toUpperCase();
      if (deaValid(m[0]) && (upper || before(lower, m.index, 32, DEA_BEFORE))) emit('license', m.index, m.index + 9);
    }
  }
  if (digitRun >= 10) {
    NPI.lastIndex = 0;
    while ((m = NPI.exec(text)) !== null) {
      if (!npiValid(m[0])) continue;
      if (!before(lower, m.index, 32, NPI_BEFORE)) {
        // Unlabelled, ten digits are as likely a phone number: leave those to the phone detector.
        if (ctx.callbackAllowList.has(m[0]) || ctx.callbackAllowList.has('1' + m[0])) continue;
        if (before(lower, m.index, 40, ID_LABEL_BEFORE) || before(lower, m.index, 40, PHONE_WORD_BEFORE)) continue;
      }
      emit('license', m.index, m.index + 10);
    }
    if (lower.includes('npi')) {
      eachKeywordValue(lower, text, NPI_KEYWORD, NPI_VALUE, (start, end) => emit('license', start, end));
    }
  }
  if (!PREFILTER.test(lower)) return;
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, v) => {
    if (idValueOk(v[0], 4, 5)) emit('license', start, end);
  });
});
