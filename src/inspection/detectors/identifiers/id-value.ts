// The shape of an identifier value after a label: letters, digits and dashes, digit groups maybe split by
// single spaces ("A1234567", "00412-33", "XJ4412908", "0048 2913"), with enough digits that it is not a
// word, and not a year or a small count.
export const ID_VALUE = /[A-Za-z0-9](?:[A-Za-z0-9\-]| (?=\d))(?:[A-Za-z0-9\-]|(?<=\d) (?=\d)){1,26}(?![\w\-])/y;

export function idValueOk(value: string, minDigits: number, minLength = 4, yearsToo = false): boolean {
  if (value.length < minLength) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < minDigits) return false;
  return yearsToo || !/^(?:19|20)\d\d$/.test(value);
}
