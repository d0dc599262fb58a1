// Social Security number validity (SSA, since randomization in 2011): area not 000, 666 or 900-999,
// group not 00, serial not 0000. Numbers SSA voided after misuse (078-05-1120) still look like SSNs to a
// reader, so they are not excluded.
export function ssnValid(area: string, group: string, serial: string): boolean {
  if (area.length !== 3 || group.length !== 2 || serial.length !== 4) return false;
  if (area === '000' || area === '666' || area[0] === '9') return false;
  return group !== '00' && serial !== '0000';
}

export function ssnDigitsValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5));
}
