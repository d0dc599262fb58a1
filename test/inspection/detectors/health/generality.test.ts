import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isGeneral, scanCues } from '../../../../src/inspection/detectors/health/generality.js';
import { tokenizeText } from '../../../../src/inspection/lexicon/tokenize.js';

const general = (text: string): boolean => isGeneral(scanCues(tokenizeText(text, null).tokens));

test('broadcast cues make a message general', () => {
  for (const t of [
    'Flu shots are available at all our locations',
    'Free diabetes screening this Saturday',
    'Tips for managing stress this holiday season',
    '20% off vitamins',
    'Join us for a heart health workshop',
    'October is Breast Cancer Awareness Month',
    'Ask your doctor if Ozempic is right for you. Learn more at example.com',
  ]) {
    assert.ok(general(t), t);
  }
});

test('personal cues win over weak broadcast cues', () => {
  for (const t of [
    'Time to renew lisinopril, reply R',
    'Your HIV results are ready',
    'Your refill of Ozempic is ready, save 20% with our coupon',
    'Lisinopril 10 mg',
    'pt transport at 6am, all locations notified',
  ]) {
    assert.not.ok(general(t), t);
  }
});

test('no cues at all: an SMS is about its recipient', () => {
  assert.not.ok(general('Metformin 500'));
});

test('scores are explainable numbers', () => {
  const c = scanCues(tokenizeText('Free HIV testing at all locations', null).tokens);
  assert.ok(c.generalScore >= 3);
  assert.is(c.strongPersonal, false);
});

test.run();
