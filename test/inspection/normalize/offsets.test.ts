// Property test: for random strings built from awkward characters, every span of the normalized text maps
// to a span of the original that lies inside it, moves forward with the text, and re-normalizes to
// something containing the normalized characters.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalize } from '../../../src/inspection/normalize/index.js';

const POOL = [
  'a', 'Z', '5', ' ', '-', '.', '/', '@', '\n',
  'é', 'e\u0301', 'V\u0338', '\u0301', 'ñ', 'İ', 'ß', 'ǅ',
  'ﬁ', 'ﬃ', '①', '⑩', '½', '㎎', '№', '﷽',
  '𝐀', '𝟗', 'Ａ', '９', '٣', '३', '\u{1e951}',
  'Н', 'а', 'Ι', 'о', 'ѕ',
  '\u200b', '\u200d', '\u00ad', '\u202e', '\ufeff', '\u{e0041}', '\ufe0f', '\u034f',
  '😀', '👍🏽', '❤️', '한', '\u1100\u1161', 'ह\u093f', '\ud800', '\udc00',
];

const LETTER_FOR_DIGIT: Record<string, string[] | undefined> = { '0': ['o', 'O'], '1': ['l', 'I'] };

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

test('random strings: mapped spans stay inside the original, ordered, and cover their sources', () => {
  const r = rng(7);
  for (let round = 0; round < 2000; round++) {
    let original = '';
    const n = Math.floor(r() * 24);
    for (let i = 0; i < n; i++) original += POOL[Math.floor(r() * POOL.length)];
    const doc = normalize(original);
    assert.is(doc.lower.length, doc.text.length);
    let prevStart = 0;
    for (let i = 0; i < doc.text.length; i++) {
      const [a, b] = doc.toOriginal(i, i + 1);
      assert.ok(a >= 0 && a < b && b <= original.length, `span of ${i} in ${JSON.stringify(original)}`);
      assert.ok(a >= prevStart, `spans move forward in ${JSON.stringify(original)}`);
      prevStart = a;
      const again = normalize(original.slice(a, b)).text;
      // A letter typed for a digit ("2О23") reads as the digit only next to digits, so alone it stays a letter.
      const alone = LETTER_FOR_DIGIT[doc.text[i]];
      const ok = again.includes(doc.text[i]) || (alone !== undefined && alone.some((l) => again.includes(l)));
      assert.ok(ok, `${JSON.stringify(doc.text[i])} from ${JSON.stringify(original.slice(a, b))}`);
    }
    for (let k = 0; k < 5 && doc.text.length > 0; k++) {
      const s = Math.floor(r() * doc.text.length);
      const e = s + Math.floor(r() * (doc.text.length - s + 1));
      const [a, b] = doc.toOriginal(s, e);
      assert.ok(0 <= a && a <= b && b <= original.length);
      if (e > s) {
        assert.equal([a, b], [doc.toOriginal(s, s + 1)[0], doc.toOriginal(e - 1, e)[1]]);
      }
    }
  }
});

test('random strings: the compact view maps back into the text', () => {
  const r = rng(11);
  const pool = ['H', 'I', 'V', '1', '2', '3', ' ', '  ', '.', ' - ', '-', 'ab', '45', ',', '\u200b'];
  for (let round = 0; round < 2000; round++) {
    let original = '';
    const n = Math.floor(r() * 30);
    for (let i = 0; i < n; i++) original += pool[Math.floor(r() * pool.length)];
    const doc = normalize(original);
    const c = doc.compact;
    if (c === undefined) continue;
    assert.ok(c.text.length < doc.text.length);
    for (let i = 0; i < c.text.length; i++) {
      const [a, b] = c.toText(i, i + 1);
      assert.is(b, a + 1);
      assert.is(doc.text[a], c.text[i]);
    }
  }
});

test.run();
