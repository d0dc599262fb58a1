// Medical record numbers and other record ids: a label ("MRN", "MR#", "medical record number", "chart #",
// "patient ID", "EMPI", "accession #", "armband", Spanish "expediente", Portuguese "prontuario") and the id
// after it, or before it ("00482913 (MRN)"), and the ids listed after it ("MRN 2210447 and 2210481"); a bare
// "chart"/"record"/"patient" takes a value only when it looks like a record number ("went under chart
// A5281519"); plus the tenant's own MRN patterns. Billing and encounter numbers (FIN, CSN, encounter #) are
// accounts (account.ts).
import type { DetectContext } from '../../types.js';
import { eachKeywordValue, eachValueBefore } from './context.js';
import { ID_VALUE, idValueOk, phoneShaped } from './id-value.js';
import { listedAfter } from './id-list.js';
import { factsOf, viewDetector, type Emit } from './scan.js';
import { hasKeyword } from './keywords.js';

const ID_SUFFIX = '(?: ?(?:number|no|num|nbr|#|id|identifier)(?!(?<=[a-z])[a-z]))';
const KEYWORD = new RegExp(
  String.raw`\b(?:mrn|mr#|m\.r\.n\.?|mr(?: ?(?:#|no|number)(?!(?<=[a-z])[a-z]))?|medical record(?:s)?${ID_SUFFIX}?|med rec(?:ord)?${ID_SUFFIX}?|(?:chart|record|emr|ehr|hospital|hosp|accession|patient|pt|empi|mpi|armband|wristband|wrist band)${ID_SUFFIX}|chart|record|emr|ehr|accession|empi|mpi|armband|wristband|wrist band|patient#|pt#|chart#|record#|patient|pt|(?:numero de )?(?:expediente|historia clinica|prontuario))(?!(?<=[a-z])[a-z])`,
  'g',
);
/** Labels that need a value with more digits when they stand alone ("chart 2", "patient 1 of 3"). */
const BARE = /^(?:chart|record|emr|ehr|accession|patient|pt|mr|armband|wristband|wrist band)$/;
/** What may stand between a bare label and its value: "chart A5281519", "patient: 4412908". */
const BARE_GAP = /^[\s:#=.,\-(]{0,6}(?:(?:is|was|number|no|on file|says|said|reads|shows)[\s:#=,]{1,4})?$/;
/** Labels written after their value: "00482913 (MRN)", "A5281519 is her chart number". */
const LABEL_AFTER = /\b(?:mrn|mr ?#|medical record(?: number| no| #)?|chart ?(?:number|no|#)|patient ?(?:id|number)|pt id)(?![a-z])/g;

const compiled = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = compiled.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    compiled.set(re, g);
  }
  return g;
}

function tenantPatterns(text: string, emit: Emit, ctx: DetectContext): void {
  for (const p of ctx.mrnPatterns) {
    const re = globalOf(p);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      emit('mrn', m.index, m.index + m[0].length);
    }
  }
}

export const mrnDetector = viewDetector('mrn', (text, lower, emit, ctx) => {
  if (ctx.mrnPatterns.length > 0) tenantPatterns(text, emit, ctx);
  if (factsOf(text).digits < 3 || !hasKeyword(lower, 'mrn')) return;
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, m, k, at) => {
    if (!BARE.test(k)) {
      if (!idValueOk(m[0], 3)) return;
    } else {
      // A bare "patient"/"pt" is usually followed by words; its value must look like a record number.
      const minDigits = k === 'patient' || k === 'pt' ? 6 : 4;
      if (!BARE_GAP.test(lower.slice(at + k.length, start)) || !idValueOk(m[0], minDigits, 5) || phoneShaped(m[0])) return;
    }
    emit('mrn', start, end);
    for (const [s, e] of listedAfter(text, end, m[0])) emit('mrn', s, e);
  });
  eachValueBefore(lower, text, LABEL_AFTER, ID_VALUE, (start, end, value) => {
    if (idValueOk(value, 4, 5)) emit('mrn', start, end);
  });
});
