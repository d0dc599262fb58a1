import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';
import { UNSEEN_BENIGN, UNSEEN_PHI, UNSEEN_PHI_UNLISTED } from './fixtures/unseen-shapes.js';

const names = (text: string): string[] =>
  detect(text)
    .filter((f) => f.category === 'name')
    .map((f) => text.slice(f.start, f.end));

const overlaps = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

test('names in message shapes the dev corpora have few of', () => {
  for (const [text, want] of [...UNSEEN_PHI, ...UNSEEN_PHI_UNLISTED]) {
    const got = names(text);
    for (const w of want) assert.ok(got.some((g) => overlaps(g, w)), `${w} in: ${text} (got ${JSON.stringify(got)})`);
    for (const g of got) assert.ok(want.some((w) => overlaps(g, w)), `${g} is no name in: ${text}`);
  }
});

test('look-alikes in those shapes get no name finding', () => {
  for (const text of UNSEEN_BENIGN) assert.equal(names(text), [], text);
});

test('a caller in a lower-case transcript, a name label in lower case', () => {
  assert.equal(names('Voicemail transcript: "hi um this is gloria reyes calling about my refill, call me back"'), ['gloria reyes']);
  assert.equal(names('hey its tomasz again, I still need my prior auth done'), ['tomasz']);
  assert.equal(names('Pt name: gloria reyes, dob 3/4/1950'), ['gloria reyes']);
  // Staff introduce themselves without "I"/"my": no caller.
  assert.equal(names('hi this is jessica from the front desk, your forms are ready'), []);
  // Without "I"/"my" after it, "hi its" says nothing either way: the full name still counts.
  assert.equal(names("hi its Rusty Glover, can you put the copay on my card"), ['Rusty Glover']);
});

test("\"I'm\" and message labels are no names", () => {
  assert.equal(names("Voicemail: Hi, my name is Rosalind Achterberg and I'm calling about my mother's medication."), ['Rosalind Achterberg']);
  assert.equal(names('Voicemail left 10:14: caller Wanjiku Kamau asking about her colonoscopy prep'), ['Wanjiku Kamau']);
  assert.equal(names('EMS: Desmond Achebe 54M CP, 12-lead sent, ETA 8'), ['Desmond Achebe']);
});

test('ALL-CAPS pages: surname first, tracking-board surname and initial', () => {
  assert.equal(names('ABERNATHY, CORDELIA RM 412 BP 82/50 CALL MD'), ['ABERNATHY, CORDELIA']);
  assert.equal(names('ED TRACK: DUBOIS M 82F SOB BED 9'), ['DUBOIS M']);
  assert.equal(names('ALL STAFF: PARKING LOT B CLOSED FRIDAY'), []);
  assert.equal(names('BOSTON, MASSACHUSETTS CLINIC CLOSED MONDAY'), []);
});

test('his/her after a name no list has; a room after a known or full name', () => {
  assert.equal(names('Secure chat: Beridze pulled out his IV, site ok'), ['Beridze']);
  assert.equal(names('Trial coordinator: pls remind Thorvaldur to bring his diary to visit 5'), ['Thorvaldur']);
  assert.equal(names('Ewa in 204 wants her daughter called'), ['Ewa']);
  assert.equal(names('Secure chat: Siosaia Ngata in 12 needs a sitter tonight'), ['Siosaia Ngata']);
  assert.equal(names('Pyxis in 5N is down. Use the 5S machine until IT fixes it.'), []);
  assert.equal(names('my phone is dying, call you back in 10'), []);
  assert.equal(names('Zoom in 5 min, link in your portal'), []);
});

test("whom one calls about their own care is a patient; 'on', 'family of'", () => {
  assert.equal(names('Please call Thandiwe about her A1c of 9.2'), ['Thandiwe']);
  assert.equal(names('Please call Jessica at the front desk with questions'), []);
  assert.equal(names('Lab: critical K 6.8 on Kristjansson, notified Dr. Lee'), ['Kristjansson']);
  assert.equal(names('Secure chat: family of Brennan at nurses station asking for update'), ['Brennan']);
});

test('a place word before a colon is no place; place words after a name are', () => {
  assert.equal(names('Secure msg from 5 West: Ingeborg Halvorsen refusing her insulin, please advise.'), ['Ingeborg Halvorsen']);
  assert.equal(names('Victoria Falls trip photos are up on the staff page!'), []);
  assert.equal(names('Sherwood Forest Apartments: water shut off Tuesday 9-12.'), []);
});

test('a known name in scrambled case is a disguise', () => {
  assert.equal(names('nAYELi BEnítEz (96 años) necesita visita en casa.'), ['nAYELi BEnítEz']);
  assert.equal(names('Download the new iPhone app for refills'), []);
  assert.equal(names('Your mRNA vaccine is available at eBay prices'), []);
});

test("a sender's label opening the message, a signature opening it", () => {
  assert.equal(names('Kaimana: your appointment is Thu at 11:20 AM. Please bring your insurance card.'), []);
  assert.equal(names('Alder: su cita del 1/14 a las 4:00pm está confirmada.'), []);
  assert.equal(names('— Lupe, patient access: our phones are back up. Thanks for your patience!'), []);
  // A patient's label speaks of them, not to the reader.
  assert.equal(names('Kowalczyk: CHF exacerbation, needs a bed on 5W'), ['Kowalczyk']);
  assert.equal(names('Maria, your ride is here'), ['Maria']);
});

test('names no list has: after care verbs, in a full name about a person', () => {
  assert.equal(names('Enrolled Farhiyo Warsame today, consent signed 10:40'), ['Farhiyo Warsame']);
  assert.equal(names('Family meeting re Zarghuna Beridze at 2pm'), ['Zarghuna Beridze']);
  assert.equal(names('New voicemail (0:42) from Gvantsa Gudmundsdottir. "Hi, yes, I need to reschedule my infusion."'), ['Gvantsa Gudmundsdottir']);
  assert.equal(names('Secure chat: is Tochukwu Piotrowska still on the heparin drip?'), ['Tochukwu Piotrowska']);
  assert.equal(names('Voicemail for Dr. Patel from Tatevik Zackhras re: chest pain after new med. Please call back.'), ['Tatevik Zackhras']);
  assert.equal(names('Voicemail for Dr. Patel from Riverside Family Medicine: please call us back.'), []);
  // Brands and places no list has, in a broadcast: nothing.
  assert.equal(names('Novo Nordisk savings: pay as little as $25 for your insulin pens. Offer ends 12/31.'), []);
});

test.run();
