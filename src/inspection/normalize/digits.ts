// Every Unicode decimal digit (\p{Nd}) as its ASCII digit. Unicode keeps Nd characters in contiguous
// runs of ten, zero first (a stability guarantee), so a digit's value is its distance from the run start.
const DECIMAL = /^\p{Nd}$/u;

function isDecimal(cp: number): boolean {
  return DECIMAL.test(String.fromCodePoint(cp));
}

/** The ASCII digit for a decimal digit code point, or undefined when `cp` is not a decimal digit. */
export function asciiDigit(cp: number): string | undefined {
  if (cp >= 0x30 && cp <= 0x39) return String.fromCharCode(cp);
  if (cp < 0x660 || !isDecimal(cp)) return undefined;
  let start = cp;
  while (isDecimal(start - 1)) start--;
  return String.fromCharCode(0x30 + ((cp - start) % 10));
}
