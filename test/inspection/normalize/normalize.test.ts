import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalize } from '../../../src/inspection/normalize/index.js';

test('plain ASCII is its own normal form with an identity map', () => {
  const doc = normalize('Your code is 482913.');
  assert.is(doc.text, 'Your code is 482913.');
  assert.is(doc.lower, 'your code is 482913.');
  assert.equal(doc.toOriginal(5, 9), [5, 9]);
  assert.is(doc.compact, undefined);
});

test('invisible, bidi, tag characters, soft hyphens and variation selectors are stripped', () => {
  const invisible = [
    '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff',
    '\u00ad', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u180e',
    '\u034f', '\ufe0f', '\ufe00', '\u{e0001}', '\u{e0041}', '\u{e007f}', '\u{e0100}', '\u061c',
  ];
  for (const ch of invisible) {
    const doc = normalize(`S${ch}S${ch}N 1${ch}23`);
    assert.is(doc.text, 'SSN 123', `U+${ch.codePointAt(0)!.toString(16)}`);
  }
});

test('NFKC: ligatures, circled and fullwidth forms, mathematical letters, fractions', () => {
  assert.is(normalize('ﬁle ① ½').text, 'file 1 1/2');
  assert.is(normalize('ＳＳＮ：１２３').text, 'SSN:123');
  assert.is(normalize('𝐇𝐈𝐕 𝕙𝕚𝕧').text, 'HIV hiv');
  assert.is(normalize('x\u00a0y\u2009z\u3000w').text, 'x y z w');
});

test('confusable letters from other scripts fold to Latin, with the case the reader sees', () => {
  assert.is(normalize('НІV').text, 'HIV'); // Cyrillic En, Byelorussian-Ukrainian I, Latin V
  assert.is(normalize('ΗΙV').text, 'HIV'); // Greek Eta, Iota
  assert.is(normalize('раtiеnt').text, 'patient');
  assert.is(normalize('МRN').text, 'MRN');
  assert.is(normalize('ѕѕn').text, 'ssn');
});

test('letters that only look like digits become digits next to digits, not inside words', () => {
  assert.is(normalize('12З-45-6789').text, '123-45-6789');
  assert.is(normalize('Здравствуйте').text.startsWith('З'), true);
});

test('every decimal digit becomes ASCII', () => {
  assert.is(normalize('٠١٢٣٤٥٦٧٨٩').text, '0123456789'); // Arabic-Indic
  assert.is(normalize('۰۱۲۳۴۵۶۷۸۹').text, '0123456789'); // Extended Arabic-Indic
  assert.is(normalize('०१२३४५६७८९').text, '0123456789'); // Devanagari
  assert.is(normalize('০১২৩৪৫৬৭৮৯').text, '0123456789'); // Bengali
  assert.is(normalize('๐๑๒๓๔๕๖๗๘๙').text, '0123456789'); // Thai
  assert.is(normalize('０１２３４５６７８９').text, '0123456789'); // fullwidth
  assert.is(normalize('𝟎𝟏𝟐𝟑').text, '0123'); // mathematical bold
  assert.is(normalize('\u{1e950}\u{1e959}').text, '09'); // Adlam
});

test('dashes and the minus sign read as "-"', () => {
  assert.is(normalize('555‐123–4567—x−1').text, '555-123-4567-x-1');
});

test('accents and stray combining marks on Latin letters drop; other scripts keep theirs', () => {
  assert.is(normalize('José e\u0301 V\u0338 İ').text, 'Jose e V I');
  assert.is(normalize('한국 हिंदी').text, '한국 हिंदी');
});

test('lower keeps the length of text', () => {
  const doc = normalize('ǅ Σ İ ẞ');
  assert.is(doc.lower.length, doc.text.length);
});

test('spans map back to the original across length changes', () => {
  const original = 'ﬁ ① 𝐇\u200bI ５';
  const doc = normalize(original);
  assert.is(doc.text, 'fi 1 HI 5');
  assert.equal(doc.toOriginal(0, 2), [0, 1]); // "fi" <- "ﬁ"
  assert.equal(doc.toOriginal(0, 1), [0, 1]); // half of an expansion maps to the whole source
  assert.equal(doc.toOriginal(3, 4), [2, 3]); // "1" <- "①"
  assert.equal(doc.toOriginal(5, 7), [4, 8]); // "HI" <- "𝐇" (2 units) + ZWSP + "I"
  assert.equal(doc.toOriginal(8, 9), [9, 10]);
  assert.equal(doc.toOriginal(9, 9), [10, 10]);
  assert.equal(doc.toOriginal(-5, 100), [0, original.length]);
});

test('malformed UTF-16 (lone surrogates) does not throw', () => {
  const doc = normalize('a\ud800b\udc00c');
  assert.ok(doc.text.includes('a'));
  const [s, e] = doc.toOriginal(0, doc.text.length);
  assert.is(s, 0);
  assert.is(e, 5);
});

test.run();
