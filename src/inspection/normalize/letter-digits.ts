// Letters typed for digits inside numbers: "2O23", "196O-O4-O3", "4ll1", "FEB O5". A token (a run of ASCII
// letters and digits) that holds a digit and whose only letters are O/o (read 0) and I/l (read 1) is a
// number in disguise; real words never have that shape. Left alone: "O2" (oxygen) and a digit run with one
// trailing "l" ("2l", litres). One character for one, so offsets do not move.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** O, o -> 0; I, l -> 1; 0 for any other character. */
function digitFor(c: number): number {
  if (c === 79 || c === 111) return 48;
  if (c === 73 || c === 108) return 49;
  return 0;
}

/** One of the letters next to a digit: the cheap test that skips most texts. */
const MAY_HAVE_DISGUISE = /[0-9][OolI]|[OolI][0-9]/;

function foldable(text: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (digitFor(c) === 0) return false;
  }
  if (digits === 0 || digits === to - from) return false;
  const token = text.slice(from, to);
  if (token === 'O2') return false;
  return !(text.charCodeAt(to - 1) === 108 && digits === to - from - 1);
}

export function foldLetterDigits(text: string): string {
  if (!MAY_HAVE_DISGUISE.test(text)) return text;
  let out: string[] | undefined;
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !isLetter(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (isDigit(text.charCodeAt(j)) || isLetter(text.charCodeAt(j)))) j++;
    if (j - i >= 2 && foldable(text, i, j)) {
      out ??= [];
      out.push(text.slice(last, i));
      for (let k = i; k < j; k++) {
        const d = digitFor(text.charCodeAt(k));
        out.push(d === 0 ? text[k] : String.fromCharCode(d));
      }
      last = j;
    }
    i = j;
  }
  if (out === undefined) return text;
  out.push(text.slice(last));
  return out.join('');
}
