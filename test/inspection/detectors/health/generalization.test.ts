// Health information in wordings the vocabulary lists were not written from, and benign look-alikes. Written
// for phiwall (none of these texts is in the labeled corpus): word endings, values, shorthand and context.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';

const HEALTH = new Set(['condition', 'medication', 'lab', 'procedure']);
const health = (text: string): string[] =>
  detect(text)
    .filter((f) => HEALTH.has(f.category))
    .map((f) => text.slice(f.start, f.end));
const sensitive = (text: string): Array<string | undefined> =>
  detect(text)
    .filter((f) => HEALTH.has(f.category))
    .map((f) => f.sensitive);

test('word endings name procedures, conditions and drugs no list has', () => {
  assert.equal(health('Scheduled: arthrocentesis left knee Mon 9am'), ['arthrocentesis']);
  assert.equal(health('Dx: ascending cholangitis, start pip-tazo'), ['cholangitis', 'pip-tazo']);
  assert.equal(health('Start dapagliflozin 10 mg with breakfast'), ['dapagliflozin']);
  assert.equal(sensitive('New start: ruxolitinib 15 mg twice daily'), ['oncology']);
});

test('short lab abbreviations with a value or a status word, ambiguous lab words with a value', () => {
  assert.equal(health('Hgb dropped to 6.8 overnight, transfusing 1 unit'), ['Hgb dropped to 6.8']);
  assert.equal(health('Recheck Cr in the morning'), ['Cr']);
  assert.equal(health('Please ask Mr. Na to bring his photo ID'), []);
  assert.equal(health('Gate CR 12 is closed'), []);
  assert.equal(health('Results: potassium 6.1, please go to the ED now'), ['potassium 6.1']);
  assert.equal(health('Glucose 42 on fingerstick, gave juice'), ['Glucose 42', 'fingerstick']);
  assert.ok(health('ED: 45M w/ SOB and chest pain, trop pending').includes('trop'));
});

test('spelled-out tests with digits are read through', () => {
  assert.equal(health('Results: A 1 C 8 . 8 %').length > 0, true);
  assert.equal(health('Your C A 1 2 5 came back high').length > 0, true);
});

test('personal without "your": drugs, tests and procedures tied to the recipient', () => {
  assert.equal(health('Prior auth for Repatha denied; appeal submitted'), ['Repatha']);
  assert.equal(health('Pharmacy: Jardiance 25mg ready at counter 2'), ['Jardiance']);
  assert.equal(health('Dialysis chair time changed to 5:30am MWF'), ['Dialysis chair']);
  assert.equal(health('Quetiapine 50mg refill approved'), ['Quetiapine']);
  assert.equal(sensitive('Naomi missed her Vivitrol injection, please reach out'), ['substance_use']);
  assert.equal(health('Your Dexcom sensors shipped today'), ['Dexcom']);
});

test('injuries written as adjective and body part', () => {
  assert.equal(health('Follow-up for your sprained ankle is Thursday'), ['sprained ankle']);
  assert.equal(health('X-ray confirmed a hairline fracture, splint until Friday'), ['X-ray', 'hairline fracture', 'splint']);
});

test('Spanish and Vietnamese health words', () => {
  assert.equal(health('su receta de insulina está lista para recoger'), ['insulina']);
  assert.equal(sensitive('Su resultado de VIH está listo, llame a la clínica'), ['hiv_sti']);
  assert.equal(sensitive('Kết quả xét nghiệm HIV của bạn đã có'), ['hiv_sti']);
});

test('ordinary senses of clinical words: a cast party, a spin cycle, a pet, a tire', () => {
  for (const text of [
    'The cast party is in room 12 after the show',
    'Stage 2 water restrictions are in effect for your area',
    'Your washer finished the spin cycle 2 minutes ago',
    'Your pulse subscription renews on the 5th',
    "Your pet's surgery went well; pick up Fluffy at 5pm",
    'Tire pressure low on front left. Schedule service at Firestone',
    'Hot flash sale: 40% off sweaters',
  ]) {
    assert.equal(health(text), [], text);
  }
});

test('general wording: conditions as a condition ("if you have"), offers, plural services', () => {
  for (const text of [
    'If you develop a fever or cough before your visit, please call to reschedule',
    'Please do not come to your appointment if you have COVID symptoms',
    'New! Same-day visits for UTIs and pink eye at our urgent care',
    'Schedule a mammogram today, most plans cover it at 100%',
    'Your family health matters: get screened for colon cancer starting at age 45',
    'Concerned about memory loss? Free screening for adults 65+ on Saturday',
  ]) {
    assert.equal(health(text), [], text);
  }
  assert.equal(health('If your biopsy shows anything, Dr. Ruiz will call'), ['biopsy']);
});

test('prices make an offer, events make a broadcast, astrology makes Cancer a sign', () => {
  for (const text of [
    'Generic atorvastatin: 30-day supply $4, 90-day $10 at any of our pharmacies',
    'Cash prices: A1C test $25, lipid panel $30, CBC $15',
    'Metformin 500mg only $4 for 30 tablets this month',
    'Cancer survivors luncheon Friday at noon in the cafeteria, all are welcome',
    "Join the Parkinson's caregivers meeting via Zoom on Wednesday",
    'Your stars today, Cancer: a friend needs your advice. Lucky color: blue',
    'Cancer season starts June 21! Treat yourself',
  ]) {
    assert.equal(health(text), [], text);
  }
  assert.equal(health('Your copay for Humira is $5 this month'), ['Humira']);
  assert.equal(health('Your Eliquis is ready, $47 due at pickup'), ['Eliquis']);
  assert.equal(health('Your balance of $125 for the colonoscopy is due'), ['colonoscopy']);
  assert.equal(health('Hi, based on your records you may be eligible for our kidney disease study'), ['kidney disease']);
});

test('personal messages that use offer or event words are still personal', () => {
  for (const text of [
    'Humira ready. Copay $5.00. Pickup by Fri',
    'Your therapy session is on Zoom today at 3pm',
    'Your generic Lipitor (atorvastatin) is ready',
    'Your 90-day supply of metformin has shipped',
    'Your colonoscopy is covered at no cost to you',
    'Watch for signs of infection at your incision site after the hernia repair',
    'Your LDL is 190; a statin can lower your risk',
    'Take 1 in the morning and 1 at night: sertraline 50 mg',
    'Call us any time if your pain gets worse after the knee replacement',
    "Family meeting Tuesday about Mom's hospice plan",
    'Your mother should avoid salt because of her heart failure',
    'Call us if the rash spreads past the bandage',
    'Your Humira copay card saved you $500 this year',
  ]) {
    assert.ok(health(text).length > 0, text);
  }
});

test('benign: broadcasts, tips, keywords, clinic names and links stay untouched', () => {
  for (const text of [
    'Flu shots now available at all our pharmacies, no appointment needed',
    'Tips for a healthy heart: walk 30 min a day and keep sodium under 2300 mg',
    'Sign up for our diabetes prevention program, classes start in May',
    'Sale ends Sunday: 30% off all vitamin D and calcium supplements',
    'Text FLU to 55123 to find a flu clinic near you',
    'Valley Behavioral Health: your one-time passcode is 220-918',
    'Book your visit online at example.org/flu-vaccine or call us',
    'Thank you for choosing Bayside Physical Therapy! Rate your visit 1-5',
    'Mental health matters. Free confidential support 24/7: call or text 988',
    'Horoscope for Cancer: a surprise conversation lifts your mood today',
    'What a stroke of luck! You won a $25 gift card',
    'Your flight to Houston departs at 6:45 AM from gate B12.',
    'Code drill at 0900 today on Rehab 2. This is only a drill.',
    'Warning: scam calls claiming to be from Medicare. We never ask for your SSN by phone',
  ]) {
    assert.equal(health(text), [], text);
  }
});

test.run();
