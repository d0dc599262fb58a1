// DEA registration number: two letters (registrant type, then the registrant's surname initial or 9 for
// business names) and seven digits; the last digit is (d1+d3+d5 + 2*(d2+d4+d6)) mod 10.
const FORMAT = /^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/;

export function deaValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!FORMAT.test(v)) return false;
  const d = (k: number): number => v.charCodeAt(2 + k) - 48;
  const check = (d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5))) % 10;
  return check === d(6);
}
