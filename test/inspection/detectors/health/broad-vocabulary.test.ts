// The broader vocabulary (common diagnoses, drugs by generic and brand, labs, procedures from general clinical
// knowledge): a sample of its terms is reported in a personal message, with its sensitive class, and not in a
// general broadcast. Texts written for phiwall; none is in a labeled corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';

const HEALTH = new Set(['condition', 'medication', 'lab', 'procedure']);
const found = (text: string) => detect(text).filter((f) => HEALTH.has(f.category));
const spans = (text: string): string[] => found(text).map((f) => text.slice(f.start, f.end));

const SAMPLE: ReadonlyArray<[term: string, category: string, sensitive?: string]> = [
  ['takotsubo', 'condition'],
  ['aortic dissection', 'condition'],
  ['eosinophilic esophagitis', 'condition'],
  ['cauda equina syndrome', 'condition'],
  ['pyelonephritis', 'condition'],
  ['trigger finger', 'condition'],
  ['adenomyosis', 'condition', 'reproductive'],
  ['hereditary angioedema', 'condition', 'genetic'],
  ['papillary thyroid carcinoma', 'condition', 'oncology'],
  ['first episode psychosis', 'condition', 'mental_health'],
  ['precipitated withdrawal', 'condition', 'substance_use'],
  ['primary syphilis', 'condition', 'hiv_sti'],
  ['guaifenesin', 'medication'],
  ['Lokelma', 'medication'],
  ['nadolol', 'medication'],
  ['Valtoco', 'medication'],
  ['Xhance', 'medication'],
  ['Cibinqo', 'medication'],
  ['Junel Fe', 'medication', 'reproductive'],
  ['Pluvicto', 'medication', 'oncology'],
  ['Exxua', 'medication', 'mental_health'],
  ['Fuzeon', 'medication', 'hiv_sti'],
  ['Nicoderm CQ', 'medication', 'substance_use'],
  ['aldosterone renin ratio', 'lab'],
  ['gastric emptying study', 'lab'],
  ['AMH level', 'lab', 'reproductive'],
  ['Gleason score', 'lab', 'oncology'],
  ['fundoplication', 'procedure'],
  ['kyphoplasty', 'procedure'],
  ['Bexsero', 'procedure'],
  ['tubal ligation', 'procedure', 'reproductive'],
  ['lobectomy', 'procedure', 'oncology'],
  ['partial hospitalization program', 'procedure', 'mental_health'],
];

test('broader vocabulary: each sampled term is reported in a personal message, with its class', () => {
  for (const [term, category, sensitive] of SAMPLE) {
    const text = `Hi Dana, Dr. Okafor reviewed your ${term} and will call you Tuesday.`;
    const start = text.indexOf(term);
    const end = start + term.length;
    // The term is covered end to end (by one finding or adjacent ones) and one of them carries its class.
    const over = found(text).filter((f) => f.start < end && f.end > start);
    for (let i = start; i < end; i++) {
      if (text[i] !== ' ') assert.ok(over.some((f) => f.start <= i && f.end > i), `not covered: ${term} in ${JSON.stringify(spans(text))}`);
    }
    assert.ok(over.some((f) => f.category === category && f.sensitive === sensitive), `${term}: ${category}/${sensitive}`);
  }
});

test('broader vocabulary: the same terms in a general broadcast report nothing', () => {
  for (const [term] of SAMPLE) {
    const text = `Free community workshop on ${term} this Saturday at all our locations. Everyone welcome!`;
    assert.equal(spans(text), [], text);
  }
});

test('broader vocabulary: ordinary senses and animal care stay untouched', () => {
  for (const text of [
    'Bella is due for her rabies shot and a nail trim. Book online.',
    'Mono speakers are on sale this weekend only.',
    'Graves Street will be closed for paving on Monday.',
    'The halftime show starts at 8; bring a head cold drink? No, bring a warm coat.',
  ]) {
    assert.equal(spans(text), [], text);
  }
});

test.run();
