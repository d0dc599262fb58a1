// A lab term followed by its value is reported with the value: "A1C 7.2%", "LDL of 160 mg/dL",
// "BP 150/95", "viral load undetectable", "PSA: 6.1". The value is what makes the result identifying.
import { G_CLOSE, G_COLON, G_COMMA, G_CURRENCY, G_HYPHEN, G_OTHER, G_OPEN, G_PERCENT, G_SENTENCE, G_SLASH, T_DIGIT, T_NUMBER, type Token } from '../../lexicon/tokenize.js';

const CONNECTORS = new Set([
  'of', 'is', 'was', 'were', 'are', 'at', 'level', 'levels', 'came', 'back', 'result', 'results', 'reading',
  'today', 'now', 'value', 'count', 'score', 'went', 'up', 'down', 'to', 'from', 'has', 'been', 'remains', 'still',
  'dropped', 'rose', 'increased', 'decreased', 'improved', 'reads', 'read', 'measured', 'showed', 'shows', 'in', 'about',
  // Spanish, Portuguese, Haitian Creole, Tagalog, Somali, Arabizi: "presión en 190/110", "sik ou a se 298"
  'de', 'del', 'es', 'fue', 'en', 'esta', 'salio', 'deu', 'foi', 'era', 'se', 'ou', 'a', 'li', 'ay', 'ni', 'ang',
  'ng', 'waa', 'w', 'tele3', 'e', 'la',
]);
const WORD_VALUES = new Set([
  'undetectable', 'detectable', 'detected', 'positive', 'negative', 'reactive', 'nonreactive', 'high', 'low',
  'elevated', 'normal', 'abnormal', 'critical', 'borderline', 'suppressed', 'alto', 'alta', 'bajo', 'baja',
  'positivo', 'positiva', 'negativo', 'negativa', 'elevado', 'elevada',
]);
const UNITS = new Set([
  'mg', 'dl', 'mmol', 'l', 'ml', 'iu', 'u', 'units', 'ng', 'pg', 'mcg', 'meq', 'mm', 'hg', 'mmhg', 'bpm', 'copies',
  'cells', 'ul', 'k', 'percent', 'g', 'kg', 'lbs', 'lb', 'mgdl', 'miu', 'uiu', 'nmol', 'pmol', 'umol', 'sec', 's',
]);
// Separators a value may follow ("A1C: 7.2", "LDL=160", "PSA (6.1)") but not a sentence or clause end.
const STOP = G_SENTENCE | G_COMMA;

/** Token index just past the value following token `j - 1`, or `j` when no value follows. */
export function valueEnd(tokens: readonly Token[], j: number): number {
  let k = j;
  let connectors = 0;
  while (k < tokens.length && connectors < 3 && CONNECTORS.has(tokens[k]!.key) && !(tokens[k]!.gap & STOP)) {
    k++;
    connectors++;
  }
  if (k >= tokens.length) return j;
  const t = tokens[k]!;
  if (t.gap & (STOP | G_CURRENCY)) return j; // "lipid panel $30" is a price
  if (WORD_VALUES.has(t.key)) return k + 1;
  // "K-2", "K-12", "T-3": a grade range or a model name, not a result ("K 2.6", "Na: 127" are).
  if (k === j && t.gap === G_HYPHEN) return j;
  if (!(t.flags & T_NUMBER) && !(t.flags & T_DIGIT && /^\d/.test(t.key))) return j;
  // "to 1-505-305-7925": a phone or reference number, not a value.
  const after = tokens[k + 1];
  if (after !== undefined && after.gap === G_HYPHEN && after.flags & T_NUMBER) return j;
  k++;
  // "150/95"
  if (k < tokens.length && tokens[k]!.gap & G_SLASH && tokens[k]!.flags & T_NUMBER) k++;
  // units: "mg/dL", "mmol/L", "copies/mL"
  let units = 0;
  while (k < tokens.length && units < 3) {
    const u = tokens[k]!;
    if (u.gap & (STOP | G_COLON | G_OPEN | G_CLOSE) || (u.gap & G_OTHER && !(u.gap & G_PERCENT))) break;
    if (!UNITS.has(u.key)) break;
    k++;
    units++;
  }
  return k;
}
