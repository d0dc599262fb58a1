import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { orphanIdDetector } from '../../../../src/inspection/detectors/identifiers/orphan-id.js';
import { normalize } from '../../../../src/inspection/normalize/index.js';
import type { Finding } from '../../../../src/inspection/types.js';
import { CTX } from './table.js';

/** Runs the orphan-id detector after a finding of `category` on `marked` (a substring of `text`). */
function orphans(text: string, marked?: string, category: Finding['category'] = 'name'): string[] {
  const doc = normalize(text);
  const out: Finding[] = [];
  if (marked !== undefined) {
    const at = text.indexOf(marked);
    out.push({ category, start: at, end: at + marked.length, detector: 'test' });
  }
  orphanIdDetector.detect(doc, CTX, out);
  return out.filter((f) => f.detector === 'orphan-id').map((f) => text.slice(f.start, f.end));
}

test('an unlabelled record number in a message about someone is reported', () => {
  assert.equal(orphans('OKAFOR, Chidi - DOB on file - QX 55120934 - bed 4', 'OKAFOR, Chidi'), ['QX 55120934']);
  assert.equal(orphans('CODE BLUE 4W: 88F, unresponsive, K4471209', '88F', 'age'), ['K4471209']);
  assert.equal(orphans('Transfer Lena Ortiz 7731209A to rehab', 'Lena Ortiz'), ['7731209A']);
});

test('no one identified, a label that says what it is, a phone or a code: not reported', () => {
  assert.equal(orphans('Your order W29094450 is out for delivery'), []);
  assert.equal(orphans('Maria, your order W29094450 shipped', 'Maria'), []);
  assert.equal(orphans('Maria, use code 44120934 to sign in', 'Maria'), []);
  assert.equal(orphans('Maria, 44120934 is your login code', 'Maria'), []);
  assert.equal(orphans('Maria, call 3035550147 today', 'Maria'), []);
  assert.equal(orphans('Maria, born 03141952', 'Maria'), []);
  assert.equal(orphans('Maria, total $1250000 raised', 'Maria'), []);
});

test.run();
