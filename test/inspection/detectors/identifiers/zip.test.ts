import { test } from 'uvu';
import { zipDetector } from '../../../../src/inspection/detectors/identifiers/zip.js';
import { detectorTable } from './table.js';

detectorTable(
  zipDetector,
  [
    ['Springfield, IL 62704.', '62704'],
    ['Austin TX 78701-1234', '78701-1234'],
    ['Portland, OR 97201', '97201'],
    ['Indianapolis, IN 46201', '46201'],
    ['Indianapolis IN 46201', '46201'],
    ['Boston MA 02115', '02115'],
    ['Boston, Massachusetts 02115', '02115'],
    ['ZIP code 07091 on file', '07091'],
    ['zip+4 11058-2544', '11058-2544'],
    ['postal code: 60614', '60614'],
    ['lives 02115-1234', '02115-1234'],
  ],
  [
    'Reply YES OR 12345',
    'Text OK 55555 to confirm',
    'Reply OK 55555',
    'Order 12345-6789 shipped',
    'Your code is 12345',
    'IN 2025 we grew',
    'Reply STOP to 12345',
    'Ref 02115-1234',
  ],
);

test.run();
