// Cross-script look-alikes folded to ASCII, in the spirit of the Unicode TR39 skeleton but readable:
// TR39 maps to prototypes meant only for comparison ("m" -> "rn", "I" -> "l", "0" -> "O"), so we keep only
// entries that land on one ASCII letter, digit or separator, pick the letter's case from the source, and
// keep to scripts that are actually used to disguise Latin text. Source data: Unicode confusables.txt via
// the `unhomoglyph` package. NFKC runs first, so fullwidth and mathematical letters never reach this table.
import { createRequire } from 'node:module';

const data = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;

const LATIN_LOOKALIKE_SCRIPTS =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}\p{Script=Canadian_Aboriginal}\p{Script=Georgian}]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const SEPARATOR_TARGETS = new Set(['-', '.', '/', ':', ',', '(', ')', '+', '*', "'"]);

/** Letters and separators that always fold. */
const FOLD = new Map<number, string>();
/** Letters that look like digits ("З" for 3): folded only next to a digit, since they are real letters. */
const FOLD_DIGIT = new Map<number, string>();

for (const [from, to] of Object.entries(data)) {
  const cp = from.codePointAt(0) as number;
  if (from.length !== String.fromCodePoint(cp).length || cp < 0x80) continue;
  if (from.normalize('NFKC') !== from) continue;
  if (LETTER.test(from)) {
    if (!LATIN_LOOKALIKE_SCRIPTS.test(from)) continue;
    if (/^[A-Za-z]$/.test(to)) {
      // TR39's prototype for I, l and 1 is "l"; the source's case tells which one the reader sees.
      FOLD.set(cp, to === 'l' && UPPER.test(from) ? 'I' : to);
    } else if (to === 'rn') {
      FOLD.set(cp, 'm');
    } else if (/^[0-9]$/.test(to)) {
      FOLD_DIGIT.set(cp, to);
    }
  } else if (PUNCT_OR_SYMBOL.test(from) && SEPARATOR_TARGETS.has(to)) {
    FOLD.set(cp, to);
  }
}
// Dashes the data leaves out (it keeps em dash and horizontal bar apart from "-").
for (const cp of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0x2e3a, 0x2e3b]) {
  FOLD.set(cp, '-');
}
FOLD.set(0x00b7, '.'); // middle dot, used as a separator in spaced-out numbers

/** The ASCII character `cp` folds to, or undefined. */
export function foldConfusable(cp: number): string | undefined {
  return FOLD.get(cp);
}

// Most characters are not digit look-alikes; a bitmap answers that without a map lookup.
const DIGIT_LOOKALIKE_BMP = new Uint8Array(0x10000);
for (const cp of FOLD_DIGIT.keys()) if (cp < 0x10000) DIGIT_LOOKALIKE_BMP[cp] = 1;

/** The digit a digit-shaped letter folds to when it stands next to a digit, or undefined. */
export function foldDigitLookalike(cp: number): string | undefined {
  if (cp < 0x10000 && DIGIT_LOOKALIKE_BMP[cp] === 0) return undefined;
  return FOLD_DIGIT.get(cp);
}
