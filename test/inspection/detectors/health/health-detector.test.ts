import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';
import type { Finding } from '../../../../src/inspection/types.js';
import { BENIGN_MESSAGES } from './fixtures/benign-messages.js';
import { PHI_MESSAGES } from './fixtures/phi-messages.js';

const HEALTH = new Set(['condition', 'medication', 'lab', 'procedure']);
const health = (text: string): Finding[] => detect(text).filter((f) => HEALTH.has(f.category));
const spans = (text: string): string[] => health(text).map((f) => text.slice(f.start, f.end));
const cats = (text: string): string[] => health(text).map((f) => f.category);

test('benign traffic (reminders, codes, broadcasts, marketing) gets no health finding', () => {
  for (const text of BENIGN_MESSAGES) assert.equal(spans(text), [], text);
});

test('personal health messages report every expected health category and sensitive class', () => {
  for (const c of PHI_MESSAGES) {
    const found = health(c.text);
    for (const cat of c.categories.filter((x) => HEALTH.has(x))) {
      assert.ok(found.some((f) => f.category === cat), `${cat} in: ${c.text}`);
    }
    for (const s of c.sensitive ?? []) assert.ok(found.some((f) => f.sensitive === s), `${s} in: ${c.text}`);
  }
});

test('personal without "your": a renewal or a coverage decision names the drug', () => {
  assert.equal(cats('Time to renew lisinopril, reply R'), ['medication']);
  assert.equal(cats('Insurance declined coverage for Humira'), ['medication']);
});

test('a broadcast is general, the same term in a personal message is not', () => {
  assert.equal(spans('HIV testing available at all locations'), []);
  assert.equal(spans('Your HIV results are ready'), ['HIV results']);
  assert.equal(spans('Free diabetes screening this Saturday'), []);
  assert.equal(spans('Your diabetes follow-up is Saturday'), ['diabetes']);
  assert.equal(spans('Flu shots are available at all our locations'), []);
});

test('a named patient makes any message personal', () => {
  assert.equal(cats('Free HIV testing reminder: Luis, your results are ready.'), ['lab']);
});

test('no drug or condition named: refill and result notices report nothing', () => {
  assert.equal(spans('Your prescription is ready'), []);
  assert.equal(spans('Your order #1234 is ready for pickup'), []);
  assert.equal(spans('Your lab results are ready. Log in to view them.'), []);
});

test('a result outcome without a test name is still a lab finding', () => {
  assert.equal(spans('Your results came back abnormal, please call'), ['results came back abnormal']);
  assert.equal(spans('You tested positive, call us'), ['tested positive']);
  assert.equal(spans('Your results came back normal'), []);
});

test('lab values are part of the span: percent, units, blood pressure, words', () => {
  assert.equal(spans('Your A1C was 7.2% - call us'), ['A1C was 7.2%']);
  assert.equal(spans('LDL 160 mg/dL, BP 150/95'), ['LDL 160 mg/dL', 'BP 150/95']);
  assert.equal(spans('viral load undetectable, CD4 450'), ['viral load undetectable', 'CD4 450']);
  assert.equal(spans('Your PSA: 6.1'), ['PSA: 6.1']);
  assert.equal(spans('Your HbA1c dropped to 6.4%'), ['HbA1c dropped to 6.4%']);
});

test('ordinary senses: horoscope, a stroke of luck, a pressed button, hearing aids', () => {
  assert.equal(spans('Horoscope: Cancer, today is your day'), []);
  assert.equal(spans('What a stroke of luck!'), []);
  assert.equal(spans('Depressed the button?'), []);
  assert.equal(spans('Ozone alert: limit outdoor activity'), []);
  assert.equal(spans('Your new hearing aids are ready'), []);
  assert.equal(spans('pt had a stroke overnight, neuro consult'), ['stroke']);
  assert.equal(spans('Your cancer treatment plan is ready'), ['cancer treatment']);
});

test('acronyms that are words in lower case must be capitalized', () => {
  assert.equal(cats('Your AIDS clinic visit is Monday'), ['condition']);
  assert.equal(spans('Your aids arrive Monday'), []);
  assert.equal(cats('Your PrEP refill is ready'), ['medication']);
  assert.equal(health('Your PrEP refill is ready')[0]?.sensitive, 'hiv_sti');
  assert.equal(spans('ADD TO CART NOW'), []);
  assert.equal(spans('Our office is at 100 Main St, Hartford, CT 06103'), []);
});

test('spelled-out and dotted acronyms: H.I.V, H I V', () => {
  assert.equal(spans('Your H.I.V test is Friday'), ['H.I.V']);
  assert.equal(spans('your H I V results are in'), ['H I V']);
});

test('plurals, possessives, hyphens and case do not hide a term', () => {
  assert.equal(spans("Your mother's Alzheimer's care plan"), ['Alzheimer']);
  assert.equal(spans('Your biopsies are scheduled'), ['biopsies']);
  assert.equal(spans('Your hep-C follow-up is Monday'), ['hep-C']);
  assert.ok(cats('Your HEP C follow up is Monday').includes('condition'));
  assert.equal(cats('your COPD inhalers are ready'), ['condition', 'medication']);
  assert.equal(cats('Your type-2 diabetes class is Monday'), ['condition']);
  assert.equal(spans('Your type-2 diabetes class is Monday'), ['type-2 diabetes']);
});

test('longest phrase wins: "opioid use disorder", "hiv viral load"', () => {
  assert.equal(spans('Your opioid use disorder follow-up is Friday'), ['opioid use disorder']);
  assert.equal(spans('Your HIV viral load is 40'), ['HIV viral load is 40']);
});

test('sensitive classes', () => {
  const cls = (t: string) => health(t).map((f) => f.sensitive);
  assert.equal(cls('Your Biktarvy refill is ready'), ['hiv_sti']);
  assert.equal(cls('Your Zoloft refill is ready'), ['mental_health']);
  assert.equal(cls('Your Sublocade refill is ready'), ['substance_use']);
  assert.equal(cls('Your misoprostol instructions are attached'), ['reproductive']);
  assert.equal(cls('Your BRCA2 results are in'), ['genetic']);
  assert.equal(cls('Your Ibrance refill is ready'), ['oncology']);
  assert.equal(cls('Your lisinopril refill is ready'), [undefined]);
});

test('medications by brand and generic, including GLP-1s, insulins and biologics', () => {
  for (const drug of ['Ozempic', 'semaglutide', 'Mounjaro', 'Lantus', 'insulin glargine', 'Humira', 'adalimumab', 'Eliquis', 'atorvastatin', 'Synthroid', 'Suboxone', 'buprenorphine', 'Vivitrol', 'Narcan', 'Descovy', 'Wellbutrin', 'Nexplanon']) {
    assert.ok(cats(`Your ${drug} refill is ready`).includes('medication'), drug);
  }
});

test('a name that is also a contraceptive brand is not a drug without clinical context', () => {
  assert.equal(spans('Hi Camila, your appointment is tomorrow'), []);
});

test('never crashes on odd input', () => {
  for (const text of ['', ' ', '\u0000', '😀😀', 'a'.repeat(5000), '1.2.3.4', "''''s", 'H.', 'ñ'.repeat(10), '\uD800']) {
    assert.ok(Array.isArray(detect(text)));
  }
});

test.run();
