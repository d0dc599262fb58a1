import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mrnDetector } from '../../../../src/inspection/detectors/identifiers/mrn.js';
import { detectorTable, found } from './table.js';

detectorTable(
  mrnDetector,
  [
    ['MRN: 00482913. Bring your ID.', '00482913'],
    ['MR# A1234567', 'A1234567'],
    ['MRN 0048 2913 on file', '0048 2913'],
    ['MR #4412908', '4412908'],
    ['medical record number 77-123-44 updated', '77-123-44'],
    ['Medical record # 5512093', '5512093'],
    ['Patient ID JD-4821 checked in', 'JD-4821'],
    ['patient id: 88231', '88231'],
    ['Chart # 00412', '00412'],
    ['pt id 99812', '99812'],
    ['M.R.N. 00482913', '00482913'],
    ['МRN 00482913', '00482913'],
    ['Duplicate charts: MRN 3301447 and 3301482, please merge', ['3301447', '3301482']],
    ['EMPI 200118345 merged with 200118399', ['200118345', '200118399']],
    ['Wrong label: wristband says 55120934', '55120934'],
    ['Número de expediente 88123-4', '88123-4'],
  ],
  [
    'Your appointment is 3/14 at 10:30',
    'Case #33844038 has been updated',
    'Mr. Smith, your visit is 3/14 at 10:30 in room 1234',
    'Medical records are available at https://clinic.org/records',
    'Patient portal code 482913',
    'Chart your progress: 2024 goals',
    'Patient ID card required. Room 204.',
    'Armband printer down on 4 West',
  ],
);

test('mrn: a list of ids ends where the shape changes', () => {
  assert.equal(found(mrnDetector, 'MRN 4412908, 2 West, DOB pending'), ['mrn:4412908']);
  assert.equal(found(mrnDetector, 'MRN 4412908 and 3 others'), ['mrn:4412908']);
});

test('mrn: tenant patterns find their own formats', () => {
  const ctx = { callbackAllowList: new Set<string>(), mrnPatterns: [/\bRH-\d{6}\b/] };
  assert.equal(found(mrnDetector, 'Record RH-004829 and RH-112233', ctx), ['mrn:RH-004829', 'mrn:RH-112233']);
});

test('mrn: a tenant pattern that can match empty does not loop', () => {
  const ctx = { callbackAllowList: new Set<string>(), mrnPatterns: [/X*/] };
  assert.equal(found(mrnDetector, 'abc XX', ctx), ['mrn:XX']);
});

test.run();
