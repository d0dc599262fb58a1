// Vehicle identifiers. VIN: 17 characters without I, O, Q, with letters and digits; accepted anywhere when
// the North American check digit (position 9) holds, and after "VIN"/"vehicle" without it (other regions
// have no check digit). Licence plates after their label are vehicle identifiers too.
import { eachKeywordValue, Label } from './context.js';
import { vinCheckDigitValid } from './checks/vin.js';
import { factsOf, viewDetector } from './scan.js';

// O, o and I are typed for 0 and 1 in disguised VINs: a VIN never has them, so they count as digits.
const VIN = /(?<![\w\-])[A-HJ-NPR-Za-hj-npr-z0-9OoI]{17}(?![\w\-])/g;
const VIN_LABEL = new Label('vin|vehicle|chassis|car|truck|auto', 'id|identification|number|num|no|is');
const PLATE_KEYWORD = /\b(?:license plate|licence plate|plate|tag)(?: ?(?:#|number|num|no)(?!(?<=[a-z])[a-z]))?(?!(?<=[a-z])[a-z])/g;
const PLATE_VALUE = /[A-Za-z0-9]{1,4}[ \-]?[A-Za-z0-9]{1,5}(?![\w\-])/y;

function mixed(s: string): boolean {
  return /\d/.test(s) && /[a-z]/i.test(s);
}

export const vinDetector = viewDetector('vin', (text, lower, emit) => {
  const facts = factsOf(text);
  if (facts.digits < 1) return;
  let m: RegExpExecArray | null;
  if (facts.alnumRun >= 17) {
    VIN.lastIndex = 0;
    while ((m = VIN.exec(text)) !== null) {
      const v = m[0].replace(/[Oo]/g, '0').replace(/I/g, '1');
      if (!mixed(v)) continue;
      const upper = v === v.toUpperCase();
      const labelled = VIN_LABEL.before(lower, m.index);
      if ((upper && vinCheckDigitValid(v)) || labelled) emit('vin', m.index, m.index + 17);
    }
  }
  if (!lower.includes('plate') && !lower.includes('tag')) return;
  eachKeywordValue(lower, text, PLATE_KEYWORD, PLATE_VALUE, (start, end, v) => {
    if (mixed(v[0]) && v[0].length >= 4) emit('vin', start, end);
  });
});
