// Ways people (and evasive senders) disguise a value. Each takes the rng and the value and returns the
// disguised value; the label's value becomes exactly that string.

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const SOFT_HYPHEN = '\u00ad';

// Latin letter -> look-alike from Cyrillic or Greek.
const LOOKALIKE = {
  A: ['\u0410', '\u0391'], B: ['\u0412', '\u0392'], C: ['\u0421'], E: ['\u0415', '\u0395'], H: ['\u041d', '\u0397'],
  I: ['\u0406', '\u0399'], J: ['\u0408'], K: ['\u041a', '\u039a'], M: ['\u041c', '\u039c'], N: ['\u039d'],
  O: ['\u041e', '\u039f'], P: ['\u0420', '\u03a1'], S: ['\u0405'], T: ['\u0422', '\u03a4'], X: ['\u0425', '\u03a7'],
  Y: ['\u04ae', '\u03a5'], Z: ['\u0396'], a: ['\u0430'], c: ['\u0441'], e: ['\u0435'], i: ['\u0456'], j: ['\u0458'],
  o: ['\u043e', '\u03bf'], p: ['\u0440'], s: ['\u0455'], x: ['\u0445'], y: ['\u0443'], h: ['\u04bb'], d: ['\u0501'],
  v: ['\u03bd'],
};

function insertAt(r, s, what, count) {
  const chars = [...s];
  if (chars.length < 2) return s + what(); // nowhere inside: put it at the end
  const slots = new Set();
  for (let n = 0; n < count; n++) slots.add(r.int(1, chars.length - 1));
  return chars.map((c, i) => (slots.has(i) ? what() + c : c)).join('');
}

export const zeroWidth = (r, s) => insertAt(r, s, () => r.pick(ZW), r.int(1, 3));
export const softHyphens = (r, s) => insertAt(r, s, () => SOFT_HYPHEN, r.int(1, 2));

export function lookalikes(r, s) {
  const candidates = [...s].map((c, i) => (LOOKALIKE[c] ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return zeroWidth(r, s);
  const chosen = new Set(r.shuffle(candidates).slice(0, r.int(1, Math.min(3, candidates.length))));
  return [...s].map((c, i) => (chosen.has(i) ? r.pick(LOOKALIKE[c]) : c)).join('');
}

const mapDigits = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
export const fullwidthDigits = (_r, s) => mapDigits(s, 0xff10);
export const arabicIndicDigits = (r, s) => mapDigits(s, r.chance(0.5) ? 0x0660 : 0x06f0);
export const fullwidthAll = (_r, s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x21 + 0xff01));

/** "123-45-6789" -> "1 2 3 - 4 5 - 6 7 8 9" (keeps the original separators, spaced). */
export const spacedChars = (_r, s) => [...s.replace(/\s+/g, '')].join(' ');
export const dashedDigits = (_r, s) => s.replace(/\D/g, '').split('').join('-');
export const dottedDigits = (_r, s) => s.replace(/\D/g, '').split('').join('.');
export const dottedLetters = (r, s) => [...s.replace(/\s+/g, '')].join('.') + (r.chance(0.3) ? '.' : '');
export const spacedLetters = (_r, s) => [...s.replace(/\s+/g, '')].join(' ');
export const dashedLetters = (_r, s) => [...s.replace(/\s+/g, '')].join('-');

export function mixedCase(r, s) {
  let out = '';
  let changed = false;
  for (const c of s) {
    const flip = /[a-z]/i.test(c) && r.chance(0.5);
    changed ||= flip;
    out += flip ? (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) : c;
  }
  return changed ? out : s.toUpperCase() === s ? s.toLowerCase() : s.toUpperCase();
}

const digitish = (s) => (s.match(/\d/g) ?? []).length >= Math.max(3, s.replace(/\W/g, '').length / 2);

/** Picks a disguise that fits the value: digit tricks for numbers, letter tricks for words. */
export function obfuscate(r, s) {
  if (digitish(s)) {
    // Dashed/dotted digit runs drop every non-digit, so they only fit values made of digits alone.
    const onlyDigits = /^[\d\s().+-]+$/.test(s);
    const tricks = [zeroWidth, fullwidthDigits, arabicIndicDigits, spacedChars, softHyphens, fullwidthAll];
    return r.pick(onlyDigits ? [...tricks, dashedDigits, dottedDigits] : tricks)(r, s);
  }
  const short = s.replace(/\s+/g, '').length <= 5;
  const letterTricks = short
    ? [dottedLetters, spacedLetters, dashedLetters, lookalikes, zeroWidth, mixedCase, softHyphens]
    : [lookalikes, zeroWidth, mixedCase, softHyphens, (rr, v) => zeroWidth(rr, lookalikes(rr, v)), (rr, v) => mixedCase(rr, zeroWidth(rr, v))];
  return r.pick(letterTricks)(r, s);
}

/** Letter-by-letter disguises for acronyms: "H.I.V", "P C O S", "O-U-D". */
export const obfuscateLetters = (r, s) => r.pick([dottedLetters, spacedLetters, dashedLetters])(r, s);
