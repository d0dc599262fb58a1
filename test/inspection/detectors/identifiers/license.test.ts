import { test } from 'uvu';
import { licenseDetector } from '../../../../src/inspection/detectors/identifiers/license.js';
import { detectorTable } from './table.js';

detectorTable(
  licenseDetector,
  [
    ['Prescriber DEA AB1234563.', 'AB1234563'],
    ['DEA M96838544', 'M96838544'],
    ['dea # ab1234563', 'ab1234563'],
    ['Provider NPI 1234567893', '1234567893'],
    ['Referral from provider 1245319599.', '1245319599'],
    ['NPI: 1234567890', '1234567890'],
    ["Driver's license # D1234567 on file", 'D1234567'],
    ['DL: A12345678', 'A12345678'],
    ['License no. RN-882190', 'RN-882190'],
    ['Certificate #C-2291034', 'C-2291034'],
    ['Passport number 912345678', '912345678'],
  ],
  [
    'DEA checksum wrong AB1234567',
    'lowercase without label ab1234563',
    'Order #1234567893 shipped',
    'Call 1234567893 to confirm',
    'Questions? 2125550147',
    'Licensed staff available 9-5',
    'DL the app at https://clinic.org/app',
    'Your license to drive: renew by 2025',
    'Certified since 1998',
    'Flight AB1234 to Boston',
  ],
);

test.run();
