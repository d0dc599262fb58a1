import { test } from 'uvu';
import { vinDetector } from '../../../../src/inspection/detectors/identifiers/vin.js';
import { detectorTable } from './table.js';

detectorTable(
  vinDetector,
  [
    ['VIN 1HGCM82633A004352 for permit', '1HGCM82633A004352'],
    ['Your car 1M8GDM9AXKP042788 is in the lot', '1M8GDM9AXKP042788'],
    ['vin: WVWZZZ1JZXW000001', 'WVWZZZ1JZXW000001'],
    ['Tow truck for 1HGCM82633AOO4352 at exit 12', '1HGCM82633AOO4352'],
    ['License plate ABC-1234', 'ABC-1234'],
    ['plate # 7XYZ123', '7XYZ123'],
  ],
  [
    'Check digit wrong 1HGCM82633A004353',
    'Has O 1HGCM8263OA004352',
    'Letters only ABCDEFGHJKLMNPRST',
    'Digits only 12345678901234567',
    'Token abcdefgh123456789 in text',
    'Tag your friends in 2025!',
    'Plate lunch special $9.99',
  ],
);

test.run();
