import { test } from 'uvu';
import { ssnDetector } from '../../../../src/inspection/detectors/identifiers/ssn.js';
import { detectorTable } from './table.js';

detectorTable(
  ssnDetector,
  [
    ['SSN on file: 123-45-6789.', '123-45-6789'],
    ['her number 123-45-6789 for billing', '123-45-6789'],
    ['spaced 123 45 6789 here', '123 45 6789'],
    ['dotted 123.45.6789 here', '123.45.6789'],
    ['ssn: 123456789', '123456789'],
    ['Social Security number is 123456789.', '123456789'],
    ['SSN ending in 6789', '6789'],
    ['SSN last 4: 6789', '6789'],
    ['SSN xxx-xx-6789', 'xxx-xx-6789'],
    ['S.S.N 1 2 3 - 4 5 - 6 7 8 9', '1 2 3 - 4 5 - 6 7 8 9'],
    ['SSN 1-2-3-4-5-6-7-8-9', '1-2-3-4-5-6-7-8-9'],
    ['number 1 2 3 . 4 5 . 6 7 8 9 ok', '1 2 3 . 4 5 . 6 7 8 9'],
    ['ＳＳＮ １２３-４５-６７８９', '１２３-４５-６７８９'],
    ['SSN ١٢٣-٤٥-٦٧٨٩', '١٢٣-٤٥-٦٧٨٩'],
    ['SSN 123-\u200b45-6789', '123-\u200b45-6789'],
    ['Old card 078-05-1120', '078-05-1120'],
    ['s.s.n. 123456789', '123456789'],
    ['ssn: 123/45/6789', '123/45/6789'],
    ['S S N 1 2 3 4 5 6 7 8 9', '1 2 3 4 5 6 7 8 9'],
    ['Need SSN for guarantor Nguyễn Thị Hoa: 512774019 to bill', '512774019'],
    ['SSN for Mr. Ørsted Bjørn: 412-77-5302', '412-77-5302'],
    ['ITIN 912-70-1234 on the tax form', '912-70-1234'],
    ['Número de Seguro Social: 512-44-1234', '512-44-1234'],
  ],
  [
    'Ref no. 231-44-5093: your DMV appointment is confirmed.',
    'Confirmation # 412-55-0918 for your flight.',
    'Bad area 666-12-3456',
    'Bad area 000-12-3456',
    'ITIN-like 912-45-6789',
    'Bad group 123-00-6789',
    'Bad serial 123-45-0000',
    'Order 123456789 shipped',
    'Your code is 123456789',
    'Call 555-123-4567',
    'Mixed separators 123-45.6789',
    'Part 123-45-67890',
    'Dates 2025-03-14',
    'Zip 12345-6789',
    'Social hour at 4:30, RSVP 1234',
    'Social worker visit 3/14 at 10:30, room 1234',
  ],
);

test.run();
