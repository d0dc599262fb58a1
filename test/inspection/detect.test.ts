import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect, DetectorFailure, EMPTY_CONTEXT, mergeFindings } from '../../src/inspection/detect.js';
import type { Detector, Finding } from '../../src/inspection/types.js';

const f = (category: Finding['category'], start: number, end: number, detector = 't'): Finding => ({ category, start, end, detector });

test('merge: overlapping and touching findings of one category join, sorted by start', () => {
  const merged = mergeFindings([f('phone', 10, 20), f('phone', 0, 5), f('phone', 15, 25), f('phone', 25, 30)]);
  assert.equal(
    merged.map((x) => [x.category, x.start, x.end]),
    [
      ['phone', 0, 5],
      ['phone', 10, 30],
    ],
  );
});

test('merge: different categories on the same span both stay (a policy acts per category)', () => {
  const merged = mergeFindings([f('license', 4, 14), f('phone', 4, 14), f('phone', 4, 14)]);
  assert.equal(merged.map((x) => x.category).sort(), ['license', 'phone']);
});

test('merge: a containing finding comes before the ones it contains', () => {
  const merged = mergeFindings([f('zip', 20, 25), f('address', 5, 30), f('ssn', 0, 3)]);
  assert.equal(merged.map((x) => x.category), ['ssn', 'address', 'zip']);
});

test('merge: empty spans are dropped and inputs are not mutated', () => {
  const input = [f('email', 3, 3), f('email', 0, 4), f('email', 2, 8)];
  const merged = mergeFindings(input);
  assert.equal(merged.map((x) => [x.start, x.end]), [[0, 8]]);
  assert.equal(input[1].end, 4);
});

test('detect: spans come back in original offsets through normalization', () => {
  const text = 'ＳＳＮ\u200b: １２３-４５-６７８９ ok';
  const found = detect(text).filter((x) => x.category === 'ssn');
  assert.is(found.length, 1);
  assert.is(text.slice(found[0].start, found[0].end), '１２３-４５-６７８９');
});

test('detect: the compact view finds spaced-out numbers and maps them back', () => {
  const text = 'SSN is 1 2 3 - 4 5 - 6 7 8 9 thanks';
  const found = detect(text).filter((x) => x.category === 'ssn');
  assert.equal(found.map((x) => text.slice(x.start, x.end)), ['1 2 3 - 4 5 - 6 7 8 9']);
});

test('detect: ordinary traffic has no findings', () => {
  for (const text of [
    'Your code is 482913. It expires in 10 minutes.',
    'Reminder: your appointment at Riverside Clinic is on 3/14 at 10:30 AM. Reply C to confirm.',
    'Flu shots available at https://clinic.org/flu. Reply STOP to 12345 to opt out.',
    '',
  ]) {
    assert.equal(detect(text, EMPTY_CONTEXT), [], text);
  }
});

test('detect: a detector that throws fails the whole call without quoting the text', () => {
  const broken: Detector = {
    id: 'broken',
    detect(doc) {
      throw new Error(`cannot parse ${doc.text}`);
    },
  };
  try {
    detect('SSN 123-45-6789', EMPTY_CONTEXT, [broken]);
    assert.unreachable('should throw');
  } catch (err) {
    assert.instance(err, DetectorFailure);
    const e = err as DetectorFailure;
    assert.is(e.detector, 'broken');
    assert.is(e.code, 'DETECTOR_FAILED');
    assert.not.ok(String(e.message).includes('123'));
    assert.is((e as { cause?: unknown }).cause, undefined);
  }
});

test.run();
