import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addressDetector } from '../../../../src/inspection/detectors/identifiers/address.js';
import { zipDetector } from '../../../../src/inspection/detectors/identifiers/zip.js';
import { CTX, detectorTable, found } from './table.js';

detectorTable(
  addressDetector,
  [
    ['Lives at 12 Birch Ln.', '12 Birch Ln.'],
    ['Home visit at 2968 Cedar Way on 10/1', '2968 Cedar Way'],
    ['Deliver to 846 Maple Ter, Apt 22A, please', '846 Maple Ter, Apt 22A'],
    ['1600 Pennsylvania Ave NW, Washington', '1600 Pennsylvania Ave NW'],
    ['Moved to 7586 E Lake Way', '7586 E Lake Way'],
    ['Send to 6432 42nd Pl today', '6432 42nd Pl'],
    ['address 123 main street', '123 main street'],
    ['Meet at 55 Pine Ridge Rd', '55 Pine Ridge Rd'],
    ['Leave it at Apt 4B', 'Apt 4B'],
    ['Mail to PO Box 123', 'PO Box 123'],
    ['Mail to P.O. Box 4410', 'P.O. Box 4410'],
    ['Unit at 221B Baker Street', '221B Baker Street'],
    ['at 10 Clinic Dr', '10 Clinic Dr'],
    // Rural boxes, numbered routes, grid addresses, type-first streets.
    ['Ambulance to RR 3 Box 88, Pine Hollow', 'RR 3 Box 88'],
    ['Pt lives at HC 71 Box 1190', 'HC 71 Box 1190'],
    ['Deliver oxygen to 2231 County Rd 14 tomorrow', '2231 County Rd 14'],
    ['Home visit: Navajo Rte 9, House 41', 'Navajo Rte 9, House 41'],
    ['Her new place is N4512 State Hwy 22', 'N4512 State Hwy 22'],
    ['Aide to 2480 S 700 E for Mrs. Lund', '2480 S 700 E'],
    ['Sra. Lucero vive en Calle Olmo 214', 'Calle Olmo 214'],
    ['Entregar en Rua das Palmeiras, 88', 'Rua das Palmeiras, 88'],
    ['Mme Roy habite au 14 rue des Lilas', '14 rue des Lilas'],
    ['We have your address as 1500 Broadway Apt 6', '1500 Broadway Apt 6'],
    ['Mail the form to the patient at 123 1/2 Main St', '123 1/2 Main St'],
    ['Residence: 44 Harbor Bend, Unit 3', '44 Harbor Bend, Unit 3'],
    ['Welfare check at 300 Elm, Apt 2', '300 Elm, Apt 2'],
    ['Send it to 5 Maple, Springfield, IL', '5 Maple'],
    ['Deliver to 45 First St today', '45 First St'],
    ['Ambulance to 12 New Hampshire Ave', '12 New Hampshire Ave'],
  ],
  [
    'See you at 10 with Dr. Lee.',
    'Arrive 10 min early.',
    'Take 2 tablets by mouth daily',
    'Walk 2 miles a day, run 5 days a week',
    'Bring 2 forms to Dr Smith',
    'Our 3 locations: see clinic.org',
    'Room 204, Suite 300, 3rd floor',
    'Call 5 days before your visit',
    'At 5 St. Mary is closed',
    'Give 1 way feedback',
    'Reply 1 to confirm your Way',
    'Ward 3 Court ordered',
    'Accident on Hwy 9 near mile 12, expect delays.',
    'El Dr. Estrada llegará 15 minutos tarde.',
    'Take Route 9 to exit 14',
    'We have 3 Openings, Apt tours daily',
    'Broadway show tickets: 2 for $80',
    'Try our 1 new way to pay online',
    'Now 2 free Park passes with every visit',
  ],
);

test('address: the sender\'s own addresses, and the ZIP after them, are not findings', () => {
  const ctx = { ...CTX, addressAllowList: ['500 Main St, Suite 2, Springfield, IL 62704'] };
  const text = 'Flu clinic Sat 9-1 at 500 Main Street, Springfield, IL 62704.';
  assert.equal(found(addressDetector, text, ctx), []);
  assert.equal(found(zipDetector, text, ctx), []);
  const patient = 'Deliver to 12 Oak St, Springfield, IL 62704';
  assert.equal(found(addressDetector, patient, ctx), ['address:12 Oak St']);
  assert.equal(found(zipDetector, patient, ctx), ['zip:62704']);
});

test.run();
