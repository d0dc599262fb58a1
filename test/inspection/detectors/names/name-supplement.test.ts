import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';

const names = (text: string): string[] =>
  detect(text)
    .filter((f) => f.category === 'name')
    .map((f) => text.slice(f.start, f.end));

// A sample of the supplement's names from traditions the generated lists lacked: given name, surname.
const FULL_NAMES: Array<[string, string]> = [
  ['Yinka', 'Olaniyi'],
  ['Kidist', 'Alemayehu'],
  ['Sukhdeep', 'Sivakumar'],
  ['Somchai', 'Boonmee'],
  ['Seoyun', 'Zhai'],
  ['Farshid', 'Heidari'],
  ['Mykhailo', 'Kravchuk'],
  ['Manoel', 'Mamani'],
  ['Sosefo', 'Vakalahi'],
  ['Niyol', 'Yellowhorse'],
  ['Kettly', 'Dorcely'],
  ['Tornike', 'Beridze'],
  ['Ingvild', 'Sigurdsson'],
];

test('supplement names: a full name after "Pt"', () => {
  for (const [given, surname] of FULL_NAMES) {
    const text = `Pt ${given} ${surname} in room 4 refusing meds`;
    assert.equal(names(text), [`${given} ${surname}`], text);
  }
});

test('supplement names: a bare surname in a transport note', () => {
  for (const [, surname] of FULL_NAMES) {
    const text = `Transport for ${surname} at 6am`;
    assert.equal(names(text), [surname], text);
  }
});

test.run();
