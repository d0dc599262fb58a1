// Medicare Beneficiary Identifiers: the CMS position rules, plain or dashed/spaced 4-3-4, in capitals anywhere
// (the format is specific enough), in any case after "MBI"/"Medicare".
import { Label } from './context.js';
import { mbiValid } from './checks/mbi.js';
import { factsOf, viewDetector } from './scan.js';

const CANDIDATE = /(?<![\w\-])[1-9][A-Za-z][A-Za-z0-9]\d[\- ]?[A-Za-z][A-Za-z0-9]\d[\- ]?[A-Za-z]{2}\d\d(?![\w\-])/g;
const MBI_LABEL = new Label('mbi|medicare|beneficiary|hicn|cms', 'id|identifier|number|num|no|is|card');

export const mbiDetector = viewDetector('mbi', (text, lower, emit) => {
  const facts = factsOf(text);
  if (facts.digits < 5 || facts.alnumRun < 3) return;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const v = m[0];
    // Plain, or split 4-3-4 by one kind of separator: "1EG4-TE5-MK73", "1EG4 TE5 MK73".
    const seps = v.length - 11;
    if (seps !== 0 && !(seps === 2 && v[4] === v[8] && (v[4] === '-' || v[4] === ' '))) continue;
    if (!mbiValid(v.replace(/ /g, ''))) continue;
    if (v !== v.toUpperCase() && !MBI_LABEL.before(lower, m.index)) continue;
    emit('mbi', m.index, m.index + v.length);
  }
});
