// A label followed by a list of values: "MRN 2210447 and 2210481", "EMPI 100448213 merged with 100448291",
// "claims 14346620, 14346677". The later values share the first one's label when they have its shape
// (about the same length, mostly digits); "MRN 4412908, DOB 3/14/52" or "acct 123456, $45 due" end the list.
import { ID_VALUE, idValueOk, phoneShaped } from './id-value.js';

const JOIN = /\s{0,2}(?:[,&\/;]\s{0,2}(?:(?:and|or)\s{1,2})?|(?:and|or|plus|merged (?:with|into)|vs\.?|not)\s{1,2})/iy;
const MAX_ITEMS = 4;

function shape(value: string): [number, number] {
  let digits = 0;
  let alnum = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 32;
    if (c >= 48 && c <= 57) digits++;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) alnum++;
  }
  return [digits, alnum];
}

/** Spans of the values listed after a labelled value that ends at `end` in `text`. */
export function listedAfter(text: string, end: number, first: string): [number, number][] {
  const out: [number, number][] = [];
  const [firstDigits, firstAlnum] = shape(first);
  let at = end;
  for (let n = 0; n < MAX_ITEMS; n++) {
    JOIN.lastIndex = at;
    if (JOIN.exec(text) === null || JOIN.lastIndex === at) break;
    ID_VALUE.lastIndex = JOIN.lastIndex;
    const m = ID_VALUE.exec(text);
    if (m === null) break;
    const [digits, alnum] = shape(m[0]);
    const similar = Math.abs(alnum - firstAlnum) <= 3 && digits * 2 >= alnum && (firstDigits < firstAlnum || digits >= alnum - 1);
    if (!similar || !idValueOk(m[0], 4, 4) || phoneShaped(m[0])) break;
    out.push([m.index, m.index + m[0].length]);
    at = m.index + m[0].length;
  }
  return out;
}
