// Ages over 89 (Safe Harbor keeps ages up to 89; 90 and over must be aggregated): "92 y/o", "age 93",
// "(91F)", "95-year-old", "aged 90", "100th birthday", "in her 90s".
import { viewDetector } from './scan.js';

const OLD = '(?:9\\d|1[0-2]\\d)';
const AGE = new RegExp(
  [
    String.raw`(?<![\w.])${OLD}\s?-?\s?(?:years?|yrs?|yr|y)\.?\s?-?\s?old\b`,
    String.raw`(?<![\w.])${OLD}\s?(?:y\/o|y\.o\.?|yo|yoa)(?![a-z])(?:\s?(?:m|f|male|female)\b)?`,
    String.raw`(?<![\w.])${OLD}\s?(?:years?|yrs?)\s(?:of\s)?age\b`,
    String.raw`\b(?:age|aged|ages|turned|turning|turns|now)\s?:?\s{0,2}${OLD}(?![\w.]|\.\d)`,
    String.raw`\(\s?${OLD}\s?(?:y\/?o)?\s?(?:m|f)\s?\)`,
    String.raw`(?<![\w.])${OLD}(?:th|st|nd|rd)\s(?:birthday|bday|b-day)\b`,
    String.raw`\b(?:his|her|their|patient'?s?|pt'?s?)\s(?:early\s|mid\s|mid-|late\s)?${OLD}s\b`,
  ].join('|'),
  'g',
);

/** Whether some run of digits reads 90-129: the only ages this detector reports. */
function hasOldNumber(s: string): boolean {
  let run = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) {
      if (run === 0) first = c;
      else if (run === 1) second = c;
      run++;
      continue;
    }
    if ((run === 2 && first === 57) || (run === 3 && first === 49 && second <= 50)) return true;
    run = 0;
  }
  return false;
}

export const ageDetector = viewDetector('age', (_text, lower, emit) => {
  if (!hasOldNumber(lower)) return;
  AGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGE.exec(lower)) !== null) emit('age', m.index, m.index + m[0].length);
});
