// The compact view: spaced-out runs of single characters closed up, so "H.I.V", "H I V" and "s. s. n." read
// "HIV", "HIV" and "ssn.", and "1 2 3 - 4 5 - 6 7 8 9" reads "123-45-6789". A run is three or more single
// letters/digits (two dotted letters: "T.B") with the same separator between them; inside digits a different
// separator marks a group and leaves its mark ("-", ".", "/") or one space behind; where a spelled-out word
// meets digits one space stays ("S S N 1 2 3" reads "SSN 123"), other letter-digit mixes close up
// ("1 R 7 8 A K" reads "1R78AK"). The view is made only by deleting characters, so
// a map of kept indexes takes its spans back to the text.
import type { CompactView } from '../types.js';
import { lowerSameLength } from './lower.js';

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Word characters bound a single-character token; non-ASCII counts (letters of other scripts), "•" does not. */
function isWordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return isAlnum(c) || (c >= 0x80 && c !== 0x2022);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}
function isSepPunct(c: number): boolean {
  return c === 46 || c === 45 || c === 95 || c === 42 || c === 47 || c === 0x2022; // . - _ * / •
}

/**
 * End of the separator starting at `j` (up to 2 spaces, a mark or a group mark between two of the run's own
 * (".-." in "7.-.J"), up to 2 spaces), or `j` when none.
 */
function sepEnd(s: string, j: number): number {
  let k = j;
  for (let n = 0; n < 2 && k < s.length && isSpace(s.charCodeAt(k)); n++) k++;
  if (k < s.length && isSepPunct(s.charCodeAt(k))) {
    k++;
    const c = s.charCodeAt(k - 1);
    if (k + 1 < s.length && isSepPunct(s.charCodeAt(k)) && s.charCodeAt(k) !== c && s.charCodeAt(k + 1) === c) k += 2;
  }
  for (let n = 0; n < 2 && k < s.length && isSpace(s.charCodeAt(k)); n++) k++;
  return k;
}

function isSingle(s: string, i: number): boolean {
  return i < s.length && isAlnum(s.charCodeAt(i)) && !isWordAt(s, i - 1) && !isWordAt(s, i + 1);
}

/** Two single characters with a separator between them: where a run may start. */
const RUN_START =
  /(?<![A-Za-z0-9\u0080-\u2021\u2023-\uffff])[A-Za-z0-9](?:[ \t]{1,2}[.\-_*/\u2022]?[ \t]{0,2}|[.\-_*/\u2022][ \t]{0,2})[A-Za-z0-9](?![A-Za-z0-9\u0080-\u2021\u2023-\uffff])/g;

/** Ranges of `text` to delete ([from, to) pairs, ascending), for every qualifying run. */
function deletions(text: string): number[] {
  const del: number[] = [];
  RUN_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_START.exec(text)) !== null) {
    const i = m.index;
    let first: string | undefined;
    let count = 1;
    let allLetters = !isDigit(text.charCodeAt(i));
    const runDel: number[] = [];
    let last = i;
    for (;;) {
      const j = last + 1;
      const k = sepEnd(text, j);
      if (k === j || !isSingle(text, k)) break;
      const sep = text.slice(j, k);
      if (isDigit(text.charCodeAt(last)) !== isDigit(text.charCodeAt(k))) {
        // Letters meet digits. After a spelled-out word ("S S N 1 2 3") the word and the number stay apart;
        // anywhere else the characters are one token ("1 R 7 8 A K", "M V 9 0 7"), closed up like the rest.
        const space = sep.indexOf(' ');
        if (allLetters && count >= 2) {
          if (space >= 0) runDel.push(j, j + space, j + space + 1, k);
        } else {
          runDel.push(j, k);
        }
        first = undefined;
      } else if (first === undefined || sep === first) {
        first ??= sep;
        runDel.push(j, k);
      } else if (isDigit(text.charCodeAt(last)) && isDigit(text.charCodeAt(k))) {
        // A group break inside a spaced-out number: keep its mark ("-", "." or the "-" of ".-.") or one space.
        const dash = sep.indexOf('-');
        const mark = dash >= 0 ? dash : sep.search(/[^ \t]/);
        if (mark >= 0) runDel.push(j, j + mark, j + mark + 1, k);
        else if (sep.length > first.length) runDel.push(j + 1, k);
        else break;
      } else {
        break;
      }
      if (isDigit(text.charCodeAt(k))) allLetters = false;
      count++;
      last = k;
    }
    const dotted = first !== undefined && first.charCodeAt(0) === 46;
    if (count >= 3 || (count === 2 && allLetters && dotted)) {
      for (let r = 0; r < runDel.length; r += 2) if (runDel[r] < runDel[r + 1]) del.push(runDel[r], runDel[r + 1]);
    }
    RUN_START.lastIndex = last + 1;
  }
  return del;
}

export function compactView(text: string): CompactView | undefined {
  const del = deletions(text);
  if (del.length === 0) return undefined;
  let out = '';
  const map: number[] = [];
  let from = 0;
  for (let r = 0; r < del.length; r += 2) {
    out += text.slice(from, del[r]);
    for (let p = from; p < del[r]; p++) map.push(p);
    from = del[r + 1];
  }
  out += text.slice(from);
  for (let p = from; p < text.length; p++) map.push(p);
  const kept = Int32Array.from(map);
  return {
    text: out,
    lower: lowerSameLength(out),
    toText(start: number, end: number): [number, number] {
      const s = Math.max(0, Math.min(start, kept.length));
      const e = Math.max(s, Math.min(end, kept.length));
      if (e === s) {
        const p = s < kept.length ? kept[s] : text.length;
        return [p, p];
      }
      return [kept[s], kept[e - 1] + 1];
    },
  };
}
