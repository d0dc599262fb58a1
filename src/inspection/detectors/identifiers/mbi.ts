// Medicare Beneficiary Identifiers: the CMS position rules, plain or dashed/spaced 4-3-4, in capitals anywhere
// (the format is specific enough), in any case after "MBI"/"Medicare"; O, I and l typed for digits are read
// as digits (the MBI alphabet has none of them).
import { Label } from './context.js';
import { mbiValid } from './checks/mbi.js';
import { factsOf, viewDetector } from './scan.js';

// Digit positions after the first also take O, I and l: an MBI has none of those letters, so there they are digits in disguise.
const CANDIDATE =
  /(?<![\w\-])[1-9][A-Za-z][A-Za-z0-9][\dOoIl][\- ]?[A-Za-z][A-Za-z0-9][\dOoIl][\- ]?[A-Za-z]{2}[\dOoIl][\dOoIl](?![\w\-])/g;
const MBI_LABEL = new Label('mbi|medicare|beneficiary|hicn|cms', 'id|identifier|number|num|no|is|card');

/** The eleven characters with O/o read as 0 and I/l as 1 where the format wants a digit (positions 4, 7, 10, 11). */
function digitsInDigitPlaces(plain: string): string {
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    const digitPlace = i === 3 || i === 6 || i === 9 || i === 10;
    out += !digitPlace ? c : c === 'O' || c === 'o' ? '0' : c === 'I' || c === 'l' ? '1' : c;
  }
  return out;
}

export const mbiDetector = viewDetector('mbi', (text, lower, emit) => {
  const facts = factsOf(text);
  if (facts.digits < 4 || facts.alnumRun < 3) return;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const v = m[0];
    // Plain, or split 4-3-4 by one kind of separator: "1EG4-TE5-MK73", "1EG4 TE5 MK73".
    const seps = v.length - 11;
    if (seps !== 0 && !(seps === 2 && v[4] === v[8] && (v[4] === '-' || v[4] === ' '))) continue;
    if (!mbiValid(digitsInDigitPlaces(v.replace(/[ \-]/g, '')))) continue;
    if (v !== v.toUpperCase() && !MBI_LABEL.before(lower, m.index)) continue;
    emit('mbi', m.index, m.index + v.length);
  }
});
