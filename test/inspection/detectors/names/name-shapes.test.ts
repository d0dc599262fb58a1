// Names in the shapes clinical messages write them, and look-alikes that are not names. Written for phiwall
// (none of these texts is in the labeled corpus): they guard the rules, not a data set.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';

const names = (text: string): string[] =>
  detect(text)
    .filter((f) => f.category === 'name')
    .map((f) => text.slice(f.start, f.end));

test('calendar words are never names: days, months, abbreviations', () => {
  assert.equal(names('Your appointment is confirmed for Tue 3/14 at 10:30 AM'), []);
  assert.equal(names('Office closed Mon, Jan 15 for MLK Day. Urgent care open 8-8.'), []);
  assert.equal(names('Parking garage B, level 3 is closed for repairs until Aug 30'), []);
  assert.equal(names('Your May statement is ready. Pay online or call 800-555-0100'), []);
  assert.equal(names('Holiday hours: Mon-Fri 8-5, Sat 9-1, closed Sun'), []);
  assert.equal(names('Reminder: clinic closes early Wednesday, June 19'), []);
});

test('a calendar word that is also a given name counts before a surname', () => {
  assert.equal(names('Pt June Abernathy checked in for her 2pm'), ['June Abernathy']);
});

test('initial and surname, surname in capitals with a comma, surname first', () => {
  assert.equal(names('Discharge summary for PRZYBYLSKI, Jolanta is ready for review'), ['PRZYBYLSKI, Jolanta']);
  assert.equal(names('Lab courier: specimen for R. Castellano left at the desk, MRN 4471902'), ['R. Castellano']);
  assert.equal(names('Translator needed for Quang Trinh at the 2pm consult (Vietnamese)'), ['Quang Trinh']);
  assert.equal(names('Please confirm Mr. van der Merwe for radiation at 10'), ['van der Merwe']);
});

test('a name opening a clinical note, after a bed number, after a care verb', () => {
  assert.equal(names('Okonjo-Adeyemi refused 0600 meds, charge RN aware'), ['Okonjo-Adeyemi']);
  assert.equal(names('Covering tonight: bed 14 Fitzgerald c/o chest pain'), ['Fitzgerald']);
  assert.equal(names('Please remind Okafor that the TEE is NPO after midnight'), ['Okafor']);
  assert.equal(names('Eleanor Vance, 94, fall risk, do not leave unattended'), ['Eleanor Vance']);
});

test('a possessive with a relation, an acronym before a full name', () => {
  assert.equal(names("Ibrahim's mom called, he is still febrile"), ['Ibrahim']);
  assert.equal(names("FYI Tomasz Wiśniewski's insulin pump alarm went off twice"), ['Tomasz Wiśniewski']);
});

test('soft anchors find surnames no list has, when the message is about a person', () => {
  assert.equal(names('Insurance card for Mbeki-Ndlovu scanned, member ID on file, MRN 5520981'), ['Mbeki-Ndlovu']);
  assert.equal(names('Transport for Abernathy to cath lab at 0700, on heparin drip'), ['Abernathy']);
});

test('a name as the subject of a sentence, in parentheses after a bed', () => {
  assert.equal(names('Teodora will need a ride to her dialysis Tuesday'), ['Teodora']);
  assert.equal(names('The patient in 12 (Kaminski) is asking for pain meds'), ['Kaminski']);
});

test('other languages and horoscopes: capitals opening a sentence are not names', () => {
  assert.equal(names('Kết quả xét nghiệm HIV của bạn đã có'), []);
  assert.equal(names('su receta de insulina está lista para recoger'), []);
  assert.equal(names('Virgo today: recovery from a rough week. Lucky number 43.'), []);
});

test('possessions and families: "Ana\'s ride", "the Rodriguez-Saenz family", "ATTN:"', () => {
  assert.equal(names("Reminder: Stanislav's well-child visit is Friday at 3"), ['Stanislav']);
  assert.equal(names('ATTN: Rodriguez-Saenz family, please call the office'), ['Rodriguez-Saenz']);
  assert.equal(names("Jordan's Furniture: 30% off sofas this weekend"), []);
});

test('no case to go by: ALL-CAPS and lower-case texts', () => {
  assert.equal(names('REMINDER: JAMAL WHITAKER APPT TUE 3PM'), ['JAMAL WHITAKER']);
  assert.equal(names('pt okafor in rm 4 needs pain meds'), ['okafor']);
  assert.equal(names('PT KOWALCZYK RM 12 FELL, NO INJURY'), ['KOWALCZYK']);
  assert.equal(names('CLINIC CLOSED MON JAN 20 FOR MLK DAY'), []);
  assert.equal(names('hey its lakeside pharmacy, ur order is ready'), []);
});

test('staff named after their role, even a sentence later in it', () => {
  assert.equal(names('Your care coordinator is Tasha Greene, reach her at ext 214'), []);
  assert.equal(names('Your driver, Ahmed, is 5 minutes away in a white Toyota Prius'), []);
  assert.equal(names('Questions? Ask for Marisol at the front desk.'), []);
});

test('voicemail transcripts: a caller who speaks of their own care is a patient, staff introductions are not', () => {
  assert.equal(names('VM: "hi this is Gloria, I need to move my appointment to next week"'), ['Gloria']);
  assert.equal(names('This is Dana, your nurse navigator. Call me with any questions.'), []);
  assert.equal(names('Hello, this is Kevin at the front desk. Your forms are ready.'), []);
});

test('records, dispatch and trial wording: roles and surnames in capitals', () => {
  assert.equal(names('Records request: RUIZ, GLORIA, DOB 04/02/1961'), ['RUIZ, GLORIA']);
  assert.equal(names('Study visit 3 for subject Lucinda Farrow is Tuesday at 9'), ['Lucinda Farrow']);
  assert.equal(names('Caller: Yesenia Marroquin, re: son\'s appointment'), ['Yesenia Marroquin']);
  assert.equal(names('Gemini: someone named Alex brings surprising news'), []);
  assert.equal(names('Respond to 12 Oak St for MENDEZ G, 82F, fall with head strike'), ['MENDEZ G']);
  assert.equal(names('Gloria Mendez 82F c/o dizziness since this morning'), ['Gloria Mendez']);
  assert.equal(names('Vitamin D. Call us with questions'), []);
  assert.equal(names('Section A, row 12, seat 4'), []);
});

test('speakers, honorees and clinicians in broadcasts and introductions are not patients', () => {
  assert.equal(names('Join guest speaker Maria Gonzalez for our free heart health talk Thursday'), []);
  assert.equal(names('Book signing with author Priya Raman at the hospital library, all are welcome'), []);
  assert.equal(names('Your visit is with Nurse Practitioner Ana Lopez on Tue at 3pm'), []);
  assert.equal(names('Meet Chef Marco Rossi at our healthy cooking demo Saturday'), []);
});

test('places, brands, languages and staff are not patients', () => {
  assert.equal(names('The Jefferson St parking garage reopens Monday'), []);
  assert.equal(names('Virginia Mason Medical Center: your visit is confirmed for Wed'), []);
  assert.equal(names('Grace Church food pantry is open Saturday 9-12'), []);
  assert.equal(names('Rain expected in Portland, Seattle and Tacoma tomorrow'), []);
  assert.equal(names('Reply 1 for English, 2 para Español'), []);
  assert.equal(names('Thanks, Jessica! Your feedback helps us improve.'), []);
  assert.equal(names('Your Ford service appointment is confirmed for Sat 9am'), []);
  assert.equal(names('Congrats to our nurse of the month, Maria Gonzalez, RN!'), []);
  assert.equal(names('Meet Dr. Oluwaseun Adebayo, our new cardiologist, at the open house Saturday'), []);
  assert.equal(names('Austin Regional Clinic: your visit summary is in the portal'), []);
});

test.run();
