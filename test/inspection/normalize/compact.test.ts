import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compactView } from '../../../src/inspection/normalize/compact.js';

const cases: [string, string | undefined][] = [
  ['H.I.V positive', 'HIV positive'],
  ['H I V', 'HIV'],
  ['H. I. V.', 'HIV.'],
  ['H . I . V', 'HIV'],
  ['s.s.n 123', 'ssn 123'],
  ['d.o.b. 3/14', 'dob 3/14'],
  ['T.B test', 'TB test'],
  ['1 2 3 - 4 5 - 6 7 8 9', '123-45-6789'],
  ['1 2 3  4 5  6 7 8 9', '123 45 6789'],
  ['1 2 3 . 4 5 . 6 7 8 9', '123.45.6789'],
  ['1-2-3-4-5-6-7-8-9', '123456789'],
  ['S.S.N 1 2 3', 'SSN 123'],
  ['vitamin B 1 2', 'vitamin B12'],
  ['1 R 7 8 A K 9 X Q 0 1', '1R78AK9XQ01'],
  ['Member M V 9 0 7 3 8 3 M, ok', 'Member MV 907383M, ok'],
  ['D O B 0 3 1 4 1 9 5 2', 'DOB 03141952'],
  ['S S N 1 2 3 4 5 6 7 8 9', 'SSN 123456789'],
  ['0 3 / 1 4 / 1 9 5 2', '03/14/1952'],
  ['8.Y.U.7.-.J.3.2.-.A.D.8.4', '8YU7J32AD84'],
  ['1.2.3.-.4.5.-.6.7.8.9', '123-45-6789'],
  ['Take 1 a day', undefined],
  ['I am fine', undefined],
  ['Plan A or B', undefined],
  ['1.5 mg', undefined],
  ['Call 555-123-4567', undefined],
  ['3/14/2025', undefined],
  ['a, b, c', undefined],
];

for (const [input, want] of cases) {
  test(`compact ${JSON.stringify(input)} -> ${JSON.stringify(want)}`, () => {
    assert.is(compactView(input)?.text, want);
  });
}

test('compact spans map back to the text they came from', () => {
  const text = 'SSN 1 2 3 - 4 5 - 6 7 8 9 ok';
  const c = compactView(text)!;
  const start = c.text.indexOf('123-45-6789');
  assert.equal(c.toText(start, start + 11), [4, 25]);
  assert.is(text.slice(4, 25), '1 2 3 - 4 5 - 6 7 8 9');
  assert.equal(c.toText(0, 0), [0, 0]);
  assert.equal(c.toText(c.text.length, c.text.length + 3), [text.length, text.length]);
});

test('compact lower keeps its length', () => {
  const c = compactView('H I V')!;
  assert.is(c.lower, 'hiv');
});

test.run();
