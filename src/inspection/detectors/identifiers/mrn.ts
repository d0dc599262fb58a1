// Medical record numbers and other record/encounter ids: a label ("MRN", "MR#", "medical record number",
// "chart #", "patient ID", "CSN", "encounter #") and the id after it; plus the tenant's own MRN patterns.
import type { DetectContext } from '../../types.js';
import { eachKeywordValue } from './context.js';
import { ID_VALUE, idValueOk } from './id-value.js';
import { factsOf, viewDetector, type Emit } from './scan.js';
import { hasKeyword } from './keywords.js';

const KEYWORD =
  /\b(?:mrn|mr#|mr #|mr no|mr number|medical record(?:s)?(?: number| no| num| #| id)?|med rec(?:ord)?(?: no| #| number)?|chart(?: number| no| num| #| id)|chart#|patient(?: id| #| number| no| num| identifier)|patient#|pt(?: id| #| no)|pt#|hospital(?: number| no| #| id)|record(?: number| no| #)|record#|emr(?: id| #| number)|ehr(?: id| #| number)|csn|fin(?: #| number| no)|fin#|encounter(?: id| #| number| no)|encounter#|visit(?: id| number))(?!(?<=[a-z])[a-z])/g;

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
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, m) => {
    if (idValueOk(m[0], 3)) emit('mrn', start, end);
  });
});
