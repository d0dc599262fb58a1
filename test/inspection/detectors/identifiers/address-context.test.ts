// Whose address is it: a person's (reported, with its ZIP) or an organisation's (not PHI, left alone)?
// Sentences written for these tests, in the shapes broadcasts, reminders, dispatch and home care take.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addressDetector } from '../../../../src/inspection/detectors/identifiers/address.js';
import { organisationAddress } from '../../../../src/inspection/detectors/identifiers/address-context.js';
import { zipDetector } from '../../../../src/inspection/detectors/identifiers/zip.js';
import { found } from './table.js';

const PERSON: [text: string, address: string][] = [
  ['Her address is 12 Birch Ln, Oak Park 60302.', '12 Birch Ln'],
  ['Home health visit for Mr. Ito, 45 Elm St, Tuesday.', '45 Elm St'],
  ['Hospice RN to 45 Elm St today 3pm.', '45 Elm St'],
  ["Lab draw at patient's home, 45 Elm St.", '45 Elm St.'],
  ['Wellness check requested at 45 Elm St Apt 2.', '45 Elm St Apt 2'],
  ['Our driver will pick you up at 45 Elm St at 9:30.', '45 Elm St'],
  ['Transport from St. Mary\'s Hospital to 45 Elm St at 2pm.', '45 Elm St'],
  ['Guarantor address 45 Elm St, Chicago, IL 60614 is outdated.', '45 Elm St'],
  ['Mrs. Lee at 45 Elm St needs a wheelchair.', '45 Elm St'],
  ['Riverside Home Health: RN will see Mrs. Ortiz at 44 Maple Ave, Apt 2 tomorrow.', '44 Maple Ave, Apt 2'],
  ['Our coordinator will visit the participant at 12 Birch Ln on 3/14.', '12 Birch Ln'],
  ['Oak Park Clinic: the nurse will meet her at 12 Birch Ln at noon.', '12 Birch Ln'],
  ['Dr. Patel will see Mr. Ito at 12 Birch Ln on Tuesday.', '12 Birch Ln'],
  ['Appointment: 3/14 10am at 12 Birch Ln (home visit).', '12 Birch Ln'],
  ['Reminder: home health appointment at 12 Birch Ln tomorrow 9am.', '12 Birch Ln'],
  ['Is this still your address: Navajo Rte 4, HSE 19, Gallup, NM 87301?', 'Navajo Rte 4, HSE 19'],
  ['EMS run sheet for Ada Chee (4410 Indian Rte 12) faxed.', '4410 Indian Rte 12'],
  ['New address 1500 S. Main Street, Springfield IL 62704', '1500 S. Main Street'],
  ['The nurse will visit 12 Oak St tomorrow at 10.', '12 Oak St'],
  ['Pt located at 4821 Maple Ave, unresponsive', '4821 Maple Ave'],
  ['Mobile vaccination team to 4821 Maple Ave for homebound pt', '4821 Maple Ave'],
];

const ORGANISATION: string[] = [
  'Our new Eastside office at 2100 Oak Park Ave opens March 3.',
  'See you at our new clinic, 45 Elm St!',
  'Your prescription is ready for pickup at Harbor Pharmacy, 12 Dock St.',
  'Blood drive Saturday at 310 Riverside Pkwy, Bldg C. Everyone welcome!',
  'Directions: 45 Hospital Plaza, Suite 300, enter from the back lot.',
  'Parking garage at 600 Main St is full; use 200 W Monroe St.',
  'The shuttle leaves from 1200 Medical Center Dr every 15 min.',
  'Dr. Patel sees patients at 45 Hospital Plaza, Suite 300, on Tuesdays.',
  'Reminder: your appointment is Mar 14 at 10:30 at 500 Main St, Suite 210.',
  'Dr. Kim is now accepting new patients at 1200 Medical Center Dr.',
  'Lakeside Cardiology is now at 12 Birch Ln, Suite 200.',
  'Our address is 700 Harbor Blvd, Suite 4, Tacoma, WA 98402.',
  'Estamos en 88 Ocean Ave, Brooklyn, NY 11225. Horario 9 a 5.',
  'Eastlake Clinic mailing address for payments: 40 Commerce Dr, Unit 3, Reno, NV 89502.',
  'Our 700 Harbor Blvd location now has Saturday hours.',
  'Cooling centers open at 12 Civic Plaza through Friday.',
  'Dr. Ames will see you Tue at 9a. Our address: 18 Union Sq, Lowell, MA 01852.',
  'Nossa clínica fica na Rua Augusta, 1200, São Paulo.',
  'Eastside Clinic moved to 500 Main St. Same phone number.',
  'Call 1-800-555-0199 or visit 1200 Medical Center Dr, Suite 210',
];

for (const [text, address] of PERSON) {
  test(`a person's address is reported: ${JSON.stringify(text)}`, () => {
    assert.ok(found(addressDetector, text).includes(`address:${address}`), JSON.stringify(found(addressDetector, text)));
  });
}

for (const text of ORGANISATION) {
  test(`an organisation's address is not: ${JSON.stringify(text)}`, () => {
    assert.equal(found(addressDetector, text), []);
    assert.equal(found(zipDetector, text), []);
  });
}

test('the ZIP follows its address: reported after a person\'s, not after a clinic\'s', () => {
  assert.equal(found(zipDetector, 'Ship the CPAP to 45 Elm St, Chicago, IL 60614.'), ['zip:60614']);
  assert.equal(found(zipDetector, 'Address on the claim: 45 Elm St, Unit 4, Chicago 60614.'), ['zip:60614']);
  assert.equal(found(zipDetector, 'New patients welcome! Find us at 77 Elm Street, Springfield, MA 01103.'), []);
});

test('a cardholder\'s billing ZIP is the person\'s', () => {
  assert.equal(found(zipDetector, 'Card ending 4412, billing ZIP 60647-1203'), ['zip:60647-1203']);
});

test('organisationAddress: no cue at all leaves the address reported', () => {
  const text = 'address 123 main street';
  assert.not.ok(organisationAddress(text, 8, text.length));
});

test.run();
