// Check digits, so identifier values in the corpus are ones a validating detector would accept.

/** Luhn check digit for a digit string (the digit to append). */
export function luhnCheckDigit(payload) {
  let sum = 0;
  // Walking from the right, the digit next to the (future) check digit is doubled.
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValid(digits) {
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** NPI: 9 digits + Luhn check digit computed with the 80840 prefix (CMS NPI check digit rule). */
export function npiCheckDigit(nine) {
  return luhnCheckDigit('80840' + nine);
}

/** DEA: 2 letters + 6 digits + check digit = last digit of (d1+d3+d5) + 2*(d2+d4+d6). */
export function deaCheckDigit(six) {
  const d = [...six].map(Number);
  return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10);
}

const VIN_VALUES = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** VIN check digit (position 9, North American rule); `vin` is 17 chars with any placeholder at index 8. */
export function vinCheckDigit(vin) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const v = c >= '0' && c <= '9' ? Number(c) : VIN_VALUES[c];
    if (v === undefined) throw new Error('invalid VIN character');
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** SSA rules: area not 000/666/900-999, group not 00, serial not 0000. There is no check digit. */
export function ssnValid(area, group, serial) {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && Number(group) !== 0 && Number(serial) !== 0;
}

// MBI (CMS): 11 chars C A AN N A AN N A A N N, letters exclude S L O I B Z. No check digit.
export const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
export const MBI_SHAPE = 'CAXNAXNAANN';

export function mbiValid(mbi) {
  if (mbi.length !== 11) return false;
  for (let i = 0; i < 11; i++) {
    const c = mbi[i];
    const isDigit = c >= '0' && c <= '9';
    const isLetter = MBI_LETTERS.includes(c);
    const slot = MBI_SHAPE[i];
    if (slot === 'C' && !(isDigit && c !== '0')) return false;
    if (slot === 'N' && !isDigit) return false;
    if (slot === 'A' && !isLetter) return false;
    if (slot === 'X' && !(isDigit || isLetter)) return false;
  }
  return true;
}
