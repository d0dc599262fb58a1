// Disguises for the obfuscated share of dev2 (kind "obfuscated"): what a sender does to slip a value past a
// filter. Every disguise here is one the bench folds back (bench/accuracy-leak.ts canonical()), except
// leetspeak and letter-for-digit swaps, which are labeled as written.

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const LOOK = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', j: 'ј', s: 'ѕ', h: 'һ', d: 'ԁ', w: 'ԝ', l: 'ӏ', A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };
const GREEK = { o: 'ο', v: 'ν', u: 'υ', k: 'κ', t: 'τ', i: 'ι', a: 'α' };
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', A: '4', E: '3', I: '1', O: '0', S: '5', T: '7' };
const ACCENT = { a: 'á', e: 'ë', i: 'ï', o: 'ô', u: 'ü', c: 'ç', n: 'ñ', A: 'Á', E: 'È', I: 'Ì', O: 'Ö', U: 'Û', H: 'Ĥ', S: 'Š', V: 'V̂' };

const mapChars = (s, fn) => [...s].map(fn).join('');
const digitsIn = (base) => (s) => mapChars(s, (c) => (c >= '0' && c <= '9' ? String.fromCodePoint(base + Number(c)) : c));
const mathBold = (c) => {
  if (c >= 'A' && c <= 'Z') return String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65);
  if (c >= 'a' && c <= 'z') return String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97);
  if (c >= '0' && c <= '9') return String.fromCodePoint(0x1d7ce + Number(c));
  return c;
};
const fullwidth = (c) => (c > ' ' && c <= '~' ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c);

function sprinkle(r, s, chars, n) {
  const cs = [...s];
  for (let k = 0; k < n && cs.length > 1; k++) cs.splice(r.int(1, cs.length - 1), 0, r.pick(chars));
  return cs.join('');
}
function swapSome(r, s, table, share) {
  let out = mapChars(s, (c) => (table[c] && r.chance(share) ? table[c] : c));
  if (out === s) out = mapChars(s, (c) => table[c] ?? c);
  return out;
}

export const DISGUISES = {
  zeroWidth: (r, s) => sprinkle(r, s, INVISIBLES.slice(0, 5), r.int(1, 3)),
  softHyphen: (r, s) => sprinkle(r, s, ['\u00ad'], r.int(1, 2)),
  cyrillic: (r, s) => swapSome(r, s, LOOK, 0.5),
  greek: (r, s) => swapSome(r, s, GREEK, 0.6),
  homoglyphZw: (r, s) => sprinkle(r, swapSome(r, s, LOOK, 0.4), INVISIBLES, 1),
  fullwidth: (r, s) => mapChars(s, fullwidth),
  fullwidthDigits: (r, s) => mapChars(s, (c) => (c >= '0' && c <= '9' ? fullwidth(c) : c)),
  arabicIndic: (r, s) => digitsIn(0x0660)(s),
  persian: (r, s) => digitsIn(0x06f0)(s),
  devanagari: (r, s) => digitsIn(0x0966)(s),
  spaced: (r, s) => [...s.replace(/\s+/g, '')].join(' '),
  dotted: (r, s) => [...s.replace(/\s+/g, '')].join('.'),
  dashed: (r, s) => [...s.replace(/[\s-]+/g, '')].join('-'),
  mixedCase: (r, s) => mapChars(s, (c) => (r.chance(0.5) ? c.toUpperCase() : c.toLowerCase())),
  leet: (r, s) => swapSome(r, s, LEET, 0.7),
  accents: (r, s) => swapSome(r, s, ACCENT, 0.6).normalize('NFC'),
  mathBold: (r, s) => mapChars(s, mathBold),
  strike: (r, s) => mapChars(s, (c) => (/[A-Za-z0-9]/.test(c) ? c + '\u0336' : c)),
  bidiIsolate: (r, s) => `\u2066${s.slice(0, Math.ceil(s.length / 2))}\u2069${s.slice(Math.ceil(s.length / 2))}`,
  letterDigits: (r, s) => mapChars(s, (c) => (c === '0' && r.chance(0.6) ? 'O' : c === '1' && r.chance(0.6) ? 'l' : c)),
};

const NUMERIC = ['zeroWidth', 'softHyphen', 'fullwidthDigits', 'arabicIndic', 'persian', 'devanagari', 'spaced', 'dotted', 'mathBold', 'letterDigits', 'bidiIsolate', 'fullwidth'];
const WORDY = ['zeroWidth', 'softHyphen', 'cyrillic', 'greek', 'homoglyphZw', 'fullwidth', 'dotted', 'dashed', 'spaced', 'mixedCase', 'leet', 'accents', 'mathBold', 'strike', 'bidiIsolate'];

/** Disguises one value; long values never get letter-by-letter spacing (nobody types a paragraph that way). */
export function disguise(r, value, category) {
  const digits = (value.match(/\d/g) ?? []).length;
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  let pool = digits >= letters ? NUMERIC : WORDY;
  // Leetspeak and strike-through are for health words; a name written "5i0n3" is not a disguise anyone uses.
  if (!['condition', 'medication', 'procedure', 'lab'].includes(category)) pool = pool.filter((d) => d !== 'leet' && d !== 'strike');
  if (value.length > 14) pool = pool.filter((d) => !['spaced', 'dotted', 'dashed'].includes(d));
  if (/[@/]/.test(value)) pool = ['zeroWidth', 'cyrillic', 'softHyphen', 'mixedCase', 'fullwidth'];
  let name = r.pick(pool);
  let out = DISGUISES[name](r, value);
  if (out === value) {
    name = 'zeroWidth';
    out = DISGUISES.zeroWidth(r, value);
  }
  if (r.chance(0.2) && name !== 'zeroWidth') out = DISGUISES.zeroWidth(r, out);
  return { value: out, how: name };
}
