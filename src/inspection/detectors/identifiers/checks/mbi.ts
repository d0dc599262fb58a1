// Medicare Beneficiary Identifier (CMS MBI format spec): 11 characters, position rules
// C A AN N A AN N A A N N, where C is 1-9, N is 0-9, A is a letter other than S, L, O, I, B, Z.
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
export const MBI_SOURCE = `[1-9]${A}${AN}[0-9]${A}${AN}[0-9]${A}${A}[0-9][0-9]`;
const FORMAT = new RegExp(`^${MBI_SOURCE}$`);

/** Whether `value` (dashes allowed at the 4/7 split, any case) is a well-formed MBI. */
export function mbiValid(value: string): boolean {
  const v = value.toUpperCase();
  const plain = /^.{4}-.{3}-.{4}$/.test(v) ? v.replace(/-/g, '') : v;
  return FORMAT.test(plain);
}
