import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { foldLetterDigits } from '../../../src/inspection/normalize/letter-digits.js';
import { normalize } from '../../../src/inspection/normalize/index.js';

const folded: [string, string][] = [
  ['born 2O23', 'born 2023'],
  ['DOB 196O-O4-O3', 'DOB 1960-04-03'],
  ['FEB O5 2O23', 'FEB 05 2023'],
  ['card 4ll1 1111', 'card 4111 1111'],
  ['SSN l23-45-6789', 'SSN 123-45-6789'],
  ['ip 1O.2O.0.15', 'ip 10.20.0.15'],
];
for (const [input, want] of folded) {
  test(`letters typed for digits read as digits: ${JSON.stringify(input)}`, () => {
    assert.is(foldLetterDigits(input), want);
    assert.is(foldLetterDigits(input).length, input.length);
  });
}

const kept = ['on O2 2l', 'Hello OIL 100', 'Ollie is 10', 'Room B12', 'COVID-19', 'I love you', 'lol 10 lO', 'H1V', '5ub0x0ne'];
for (const input of kept) {
  test(`words and units keep their letters: ${JSON.stringify(input)}`, () => {
    assert.is(foldLetterDigits(input), input);
  });
}

test('normalize folds letter digits in plain and rebuilt texts without moving offsets', () => {
  const plain = normalize('DOB 196O-O4-O3');
  assert.is(plain.text, 'DOB 1960-04-03');
  assert.equal(plain.toOriginal(4, 14), [4, 14]);
  const rebuilt = normalize('DОB 196O-O4-O3'); // Cyrillic O in "DOB"
  assert.is(rebuilt.text, 'DOB 1960-04-03');
  assert.is(rebuilt.lower, 'dob 1960-04-03');
});

test.run();
