// The shape of an identifier value after a label: letters, digits and dashes, digit groups maybe split by
// single spaces ("A1234567", "00412-33", "XJ4412908", "0048 2913"), a short capital prefix set off by a space
// or a dot ("ZGP 882190331", "MV 907383M", "XJ.4412908" as the compact view leaves "X.J.4.4.1.2.9.0.8"), with
// enough digits that it is not a word, and not a year, a year range or a small count.
export const ID_VALUE =
  /(?:[A-Z]{1,4}[ .](?=\d))?[A-Za-z0-9](?:[A-Za-z0-9\-]| (?=\d))(?:[A-Za-z0-9\-]|(?<=\d) (?=\d)){1,26}(?![\w\-])/y;

const YEARISH = /^(?:[A-Za-z]{1,4}[ .])?(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/;

export function idValueOk(value: string, minDigits: number, minLength = 4, yearsToo = false): boolean {
  if (value.length < minLength) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < minDigits) return false;
  return yearsToo || !YEARISH.test(value);
}

/**
 * A phone number written where an id could be ("member services 1-800-555-0199", "patient line: 312 555
 * 0147"): the phone detector's call, never an id's.
 */
export function phoneShaped(value: string): boolean {
  return /^(?:1[ \-]?)?\d{3}[ \-]?\d{3}[ \-]\d{4}$|^(?:1[ \-]?)?\d{3}[ \-]\d{3}[ \-]?\d{4}$/.test(value);
}
