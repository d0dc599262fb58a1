// Check-digit rules for generated identifiers. The algorithms (Luhn, NPI, DEA, VIN, SSA, CMS MBI) are the
// first corpus generator's (scripts/corpus/checksums.mjs); only the shapes dev2 writes are added here.
import { deaCheckDigit, luhnCheckDigit, luhnValid as luhnDigitsValid, MBI_LETTERS, mbiValid, npiCheckDigit, ssnValid as ssnPartsValid, vinCheckDigit } from '../corpus/checksums.mjs';

export { MBI_LETTERS as MBI_ALPHA, mbiValid };
export const luhnDigit = luhnCheckDigit;
export const npiCheck = npiCheckDigit;
export const deaCheck = deaCheckDigit;
export const vinCheck = vinCheckDigit;

/** Luhn over the digits of a formatted number ("4111 1111-1111 1111"). */
export function luhnValid(number) {
  const digits = number.replace(/\D/g, '');
  return digits.length > 1 && luhnDigitsValid(digits);
}
export const npiValid = (npi) => /^\d{10}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === npi[9];
export const deaValid = (dea) => /^[A-Z]{2}\d{7}$/.test(dea) && deaCheckDigit(dea.slice(2, 8)) === dea[8];
export const vinValid = (vin) => /^[A-HJ-NPR-Z0-9]{17}$/.test(vin) && vinCheckDigit(vin) === vin[8];
export function ssnValid(ssn) {
  const d = ssn.replace(/\D/g, '');
  return d.length === 9 && ssnPartsValid(d.slice(0, 3), d.slice(3, 5), d.slice(5));
}
