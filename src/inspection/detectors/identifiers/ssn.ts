// Social Security numbers. The 3-2-4 shape with one separator repeated (dash, space, dot) is an SSN anywhere
// once the SSA validity rules pass, unless a label calls it something else ("Ref no. 118-44-2093"); nine bare
// digits, and the "last 4", only after an SSN word.
import { eachKeywordValue, Label } from './context.js';
import { ssnDigitsValid, ssnValid } from './checks/ssn.js';
import { factsOf, viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

/** A label saying a 3-2-4 number is something else: "Ref no. 118-44-2093", "Confirmation 412-55-0918". */
const OTHER_LABEL = new Label(
  'order|tracking|confirmation|conf|confirm|ref|reference|invoice|inv|case|ticket|transaction|txn|shipment|package|receipt|' +
    'serial|sn|s/n|po|locker|combo|combination|code|pin|otp|passcode|password|part|model|lot|flight|booking|reservation',
  'number|num|no|nbr|is|was|#',
  2,
);
const SHAPED = /(?<![\w\-./])(\d{3})([\-. /]|\s?-\s?)(\d{2})\2(\d{4})(?![\w\-/]|\.\d)/g;
const KEYWORD = /\b(?:ssn|ss#|ss #|ss no|soc sec|social security|social sec|social|ssa|itin|tax id|taxpayer id|seguro social|securite sociale)\b/g;
/** Taxpayer numbers issued to those without an SSN: the 9xx area the SSA rules refuse is theirs. */
const TAXPAYER = /^(?:itin|tax id|taxpayer id)$/;
const SSN_LABEL = new Label('ssn|ss|soc sec|social security|social sec|social', 'number|num|no|is|was|ending|ends|in|last|4|four|digits|of', 5);
const BARE = /(?<![\w\-])\d{9}(?![\w\-])/g;
const VALUE = /(\d{3})[\-. ]?(\d{2})[\-. ]?(\d{4})(?![\w\-])|(?:x{3}|\*{3})[\-. ]?(?:x{2}|\*{2})[\-. ]?(\d{4})(?![\w\-])|(\d{4})(?![\w\-])/iy;

export const ssnDetector = viewDetector('ssn', (text, lower, emit) => {
  const facts = factsOf(text);
  if (facts.digitRun < 4) return;
  let m: RegExpExecArray | null;
  if (facts.digits >= 9) {
    SHAPED.lastIndex = 0;
    while ((m = SHAPED.exec(text)) !== null) {
      if (!ssnValid(m[1], m[3], m[4]) || OTHER_LABEL.before(lower, m.index)) continue;
      emit('ssn', m.index, m.index + m[0].length);
    }
  }
  if (!hasKeyword(lower, 'ssn')) return;
  BARE.lastIndex = 0;
  while ((m = BARE.exec(text)) !== null) {
    if (ssnDigitsValid(m[0]) && SSN_LABEL.before(lower, m.index)) emit('ssn', m.index, m.index + 9);
  }
  // "SSN: 123456789", "SSN ending in 6789", "SSN xxx-xx-6789"
  eachKeywordValue(lower, text, KEYWORD, VALUE, (start, end, v, k) => {
    const taxpayer = TAXPAYER.test(k);
    // A taxpayer label takes the whole number only; its last four alone could be anything.
    if (taxpayer && v[1] === undefined) return;
    if (v[1] !== undefined && !taxpayer && !ssnValid(v[1], v[2], v[3])) return;
    emit('ssn', start, end);
  });
});
