// Vehicle Identification Number (ISO 3779; 49 CFR 565): 17 characters without I, O, Q. North American VINs
// carry a check digit in position 9 (0-9 or X), the weighted sum of transliterated characters mod 11.
const FORMAT = /^[A-HJ-NPR-Z0-9]{17}$/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
// A-H -> 1-8, J-N -> 1-5, P -> 7, R -> 9, S-Z -> 2-9
const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

export function vinFormatValid(value: string): boolean {
  return FORMAT.test(value.toUpperCase());
}

export function vinCheckDigitValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!FORMAT.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i];
    const n = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : LETTER_VALUES[c];
    sum += n * WEIGHTS[i];
  }
  const r = sum % 11;
  return v[8] === (r === 10 ? 'X' : String(r));
}
