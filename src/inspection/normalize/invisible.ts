// Characters that render as nothing (or steer rendering) and so can hide inside a word or a number:
// zero-width and joiner characters, soft hyphen, bidi controls, word joiners, variation selectors, tag
// characters, fillers. Unicode's Default_Ignorable_Code_Point covers exactly these (U+00AD, 034F, 061C,
// 115F-1160, 17B4-17B5, 180B-180F, 200B-200F, 202A-202E, 2060-206F, 3164, FE00-FE0F, FEFF, FFA0,
// FFF0-FFF8, 1BCA0-1BCA3, 1D173-1D17A, E0000-E0FFF); the variation selectors supplement lies in E0100-E01EF.
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

export function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  return INVISIBLE.test(String.fromCodePoint(cp));
}
