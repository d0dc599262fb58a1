import { test } from 'uvu';
import { emailDetector } from '../../../../src/inspection/detectors/identifiers/email.js';
import { detectorTable } from './table.js';

detectorTable(
  emailDetector,
  [
    ['Results sent to john.doe@gmail.com.', 'john.doe@gmail.com'],
    ['Email: maria_219@mail.example.org', 'maria_219@mail.example.org'],
    ['Write to j.o+tag@sub.clinic.health today', 'j.o+tag@sub.clinic.health'],
    ['Contact jane (at) yahoo (dot) com', 'jane (at) yahoo (dot) com'],
    ['or john at gmail dot com please', 'john at gmail dot com'],
    ['JOHN@EXAMPLE.COM', 'JOHN@EXAMPLE.COM'],
    ['Ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ', 'Ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ'],
    ['ro\u200bbert@yahoo.com', 'ro\u200bbert@yahoo.com'],
  ],
  [
    'Meet us at the clinic at 10:30.',
    'Follow @RiversideClinic for updates',
    'Price @ $5 each',
    'Visit https://clinic.org/flu',
    'We are at 12 Main St. See you at noon.',
    'email me at the front desk',
    'a@b',
    'user@localhost',
  ],
);

test.run();
