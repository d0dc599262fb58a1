// Result wording that reveals a finding without naming the test: "your results came back abnormal",
// "tested positive", "the culture was reactive". "Your results are ready" and "normal"/"negative" outcomes
// are not reported: they say nothing about a condition.
import { G_SENTENCE, type Token } from '../../lexicon/tokenize.js';

const RESULT_WORDS = new Set([
  'result', 'results', 'test', 'tests', 'tested', 'screen', 'screening', 'panel', 'labs', 'lab', 'biopsy', 'scan',
  'culture', 'swab', 'came', 'bloodwork', 'work', 'mammogram', 'imaging', 'pathology',
]);
const OUTCOMES = new Set([
  'positive', 'reactive', 'abnormal', 'elevated', 'detected', 'critical', 'detectable', 'abnormality', 'high', 'low',
  'flagged', 'borderline', 'concerning', 'worse', 'worsened', 'increased', 'decreased', 'suspicious', 'inconclusive',
]);

/** If token `i` starts "<result word> ... <outcome>" (outcome within 4 tokens), the index past the outcome. */
export function resultPhraseEnd(tokens: readonly Token[], i: number): number {
  if (!RESULT_WORDS.has(tokens[i]!.key)) return i;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.gap & G_SENTENCE) return i;
    if (OUTCOMES.has(t.key)) return k + 1;
  }
  return i;
}

/** Words that announce a test by name: "New result posted: Cr", "recheck Hgb", "labs: Na, K". */
const ANNOUNCERS = new Set([
  'result', 'results', 'lab', 'labs', 'recheck', 'repeat', 'check', 'checked', 'draw', 'drawn', 'order', 'ordered',
  'pending', 'test', 'level', 'levels', 'value', 'values', 'critical', 'panel', 'bloodwork', 'trend', 'trending',
  // "kết quả B12 148", "resultado", "rezilta", "natiijada", "wynik"
  'qua', 'resultado', 'resultados', 'rezilta', 'natiijada', 'wynik', 'nivel', 'exame', 'examen',
]);

/** Status words after a test that say it was run on someone: "trop pending", "K ordered", "Cr came back high". */
const STATUS_AFTER = new Set(['pending', 'ordered', 'sent', 'drawn', 'resulted', 'back', 'came', 'high', 'low', 'elevated', 'critical', 'rising', 'falling', 'trending', 'up', 'down', 'improved', 'worse', 'stable', 'normal', 'abnormal']);

/** A status word right after the test ending at token `last`. */
export function statusWordAfter(tokens: readonly Token[], last: number): boolean {
  const n = tokens[last + 1];
  return n !== undefined && !(n.gap & G_SENTENCE) && STATUS_AFTER.has(n.key);
}

/** A result or lab word within three tokens before token `i`, in the same sentence. */
export function resultWordBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tokens[k + 1]!.gap & G_SENTENCE) return false;
    if (ANNOUNCERS.has(tokens[k]!.key)) return true;
  }
  return false;
}
