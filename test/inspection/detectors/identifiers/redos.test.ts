// Every identifier detector (and normalization) must stay linear on hostile input. A catastrophic regex takes
// seconds on 10k characters; the bound here is generous so the test only catches that, not slow machines.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { identifierDetectors } from '../../../../src/inspection/detectors/identifiers/index.js';
import { orphanIdDetector } from '../../../../src/inspection/detectors/identifiers/orphan-id.js';
import { normalize } from '../../../../src/inspection/normalize/index.js';
import type { Finding } from '../../../../src/inspection/types.js';
import { CTX } from './table.js';

const N = 10_000;
const fill = (unit: string, prefix = '', suffix = ''): string => prefix + unit.repeat(Math.ceil(N / unit.length)).slice(0, N) + suffix;

const TOKENS = ['1', '12', '123', ' ', '-', '.', '/', ':', '@', '(', ')', '+', '#', 'a', 'A1', 'ssn', 'mrn', 'dob', 'st', 'apt', 'member id', 'http://', 'www.', '.com/', '?id=', '=', '&', 'y/o', '9', 'Jan', 'O', 'de', 'claim', 'Rte', 'Box', 'M', '年'];
function randomHostile(seed: number): string {
  let s = seed;
  let out = '';
  while (out.length < N) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += TOKENS[s % TOKENS.length];
  }
  return out;
}

const HOSTILE: [string, string][] = [
  ['digits', fill('1')],
  ['digits and spaces', fill('1 ')],
  ['digits and dashes', fill('1-')],
  ['digits and dots', fill('1.')],
  ['digit pairs', fill('12 ')],
  ['letters', fill('a')],
  ['letters then @', fill('a', '', '@')],
  ['@ then labels', fill('a.', 'x@')],
  ['many @', fill('a@')],
  ['url of letters', fill('a', 'http://')],
  ['url of tokens', fill('a1/', 'https://x.org/')],
  ['url query', fill('id=1&', 'https://x.org/?')],
  ['spaces', fill(' ')],
  ['keyword then spaces', fill(' ', 'mrn', 'x')],
  ['keyword then filler', fill('number is ', 'member id ')],
  ['repeated keywords', fill('MRN ')],
  ['street words', fill('Main ', '12 ')],
  ['single letters', fill('1 a ')],
  ['dotted letters', fill('H.')],
  ['dob words', fill('dob ')],
  ['parens', fill('(555) ')],
  ['plus ones', fill('+1 ')],
  ['colons', fill(':')],
  ['hex colons', fill('a:')],
  ['dotted quads', fill('1.1.')],
  ['ages', fill('99 ')],
  ['months', fill('Jan 1 ')],
  ['confusables', fill('НІ\u200b')],
  ['holder between label and value', fill('for mr smith ', 'member id ')],
  ['spoken years', fill('nineteen fifty ', 'DOB March fourteenth ')],
  ['month names', fill('March ', 'born ')],
  ['capitalised towns', fill('Oak ', 'lives in ')],
  ['street then towns', fill('Park ', '12 Birch Ln, ')],
  ['address cues', fill('our home from ', '12 Main St ')],
  ['serial words', fill('serial ', 'pump ')],
  ['dotted capitals', fill('X.', 'Member ID ')],
  ['camel-case url', fill('aB1', 'https://go.x.com/')],
  ['dashed url', fill('a1-', 'https://x.org/p/')],
  ['vietnamese dates', fill('ngay 1 thang ', 'ngay sinh ')],
  ['ages after names', fill('Kaplan, ', '')],
  ['foreign month names', fill('3 de marzo ', 'fecha de nacimiento ')],
  ['han dates', fill('1952年3月', '出生日期')],
  ['letters for digits', fill('O1l', '2')],
  ['billing dates', fill('on 3/14 ', 'your statement: charges for ')],
  ['old dates', fill('3/14/52 ', '')],
  ['long digit runs', fill('A1234567 ', '')],
  ['rural boxes', fill('RR 1 Box ', '')],
  ['route words', fill('Navajo Rte ', '12 ')],
  ['type-first streets', fill('de la ', 'Calle ')],
  ['grid addresses', fill('12 E 34 ', '')],
  ['ages with sex letters', fill('93F ', 'temp ')],
  ['titled names', fill('Ab ', 'Ms. ')],
  ['inverted names', fill('Ab, Cd ', '')],
  ['kin names', fill('Grandma Ab Cd ', '')],
  ['streets without suffix', fill('12 Abc Def, ', '')],
  ['fractional house numbers', fill('12 1/2 ', '')],
  ['random tokens 1', randomHostile(1)],
  ['random tokens 2', randomHostile(2)],
  ['random tokens 3', randomHostile(3)],
];

for (const [name, input] of HOSTILE) {
  test(`linear on ${name} (${input.length} chars)`, () => {
    let t = performance.now();
    const doc = normalize(input);
    assert.ok(performance.now() - t < 200, 'normalize');
    for (const d of identifierDetectors) {
      const out: Finding[] = [];
      t = performance.now();
      d.detect(doc, CTX, out);
      const ms = performance.now() - t;
      assert.ok(ms < 200, `${d.id} took ${ms.toFixed(0)} ms`);
    }
    // The orphan-id detector runs only after another finding: give it one.
    const out: Finding[] = [{ category: 'name', start: 0, end: 1, detector: 'test' }];
    t = performance.now();
    orphanIdDetector.detect(doc, CTX, out);
    assert.ok(performance.now() - t < 200, 'orphan-id');
  });
}

test.run();
