// National Provider Identifier (45 CFR 162.406): 10 digits starting 1 or 2; the last is a Luhn check digit
// computed over the 9 digits prefixed with 80840 (the ISO health-industry card issuer prefix).
import { luhnValid } from './luhn.js';

export function npiValid(digits: string): boolean {
  if (!/^[12]\d{9}$/.test(digits)) return false;
  return luhnValid('80840' + digits);
}
