import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { idLike, urlCarriesIdentifier, urlDetector } from '../../../../src/inspection/detectors/identifiers/url.js';
import { detectorTable } from './table.js';

detectorTable(
  urlDetector,
  [
    ['Results: https://portal.x.org/patient/88231', 'https://portal.x.org/patient/88231'],
    ['Intake https://forms.clinic.org/intake?pid=123456&name=John now', 'https://forms.clinic.org/intake?pid=123456&name=John'],
    ['Confirm: https://clinic.co/c/a7wQ8b', 'https://clinic.co/c/a7wQ8b'],
    ['Reset https://portal.clinic.org/reset?token=9z269wcl1lt40thpmzzhn8k7 soon', 'https://portal.clinic.org/reset?token=9z269wcl1lt40thpmzzhn8k7'],
    ['See www.clinic.org/records/5512093.', 'www.clinic.org/records/5512093'],
    ['Go to portal.clinic.org/u/8823101', 'portal.clinic.org/u/8823101'],
    ['Link https://x.org/r?email=jo%40gmail.com', 'https://x.org/r?email=jo%40gmail.com'],
    ['Doc https://x.org/d/3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'https://x.org/d/3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['Pay https://pay.x.org/#acct=99812233', 'https://pay.x.org/#acct=99812233'],
    ['Short https://bit.ly/3xYz9Ab', 'https://bit.ly/3xYz9Ab'],
    ['Your summary: kh.mx/go/TqRvbLw', 'kh.mx/go/TqRvbLw'],
    ['Check in: clinic.ws/s/GhPfkA', 'clinic.ws/s/GhPfkA'],
    ['Video visit: tele.care/rmKzD', 'tele.care/rmKzD'],
  ],
  [
    'Flu shots at https://clinic.org/flu',
    'Info: https://cityhealth.gov/covid-19 and https://clinic.org/events/flu-clinic',
    'Pay at https://pay.clinic.org?utm_source=sms&utm_campaign=billing',
    'Book at https://clinic.org/book or www.clinic.org',
    'Year in review https://clinic.org/2024/annual-report',
    'Campaign https://bit.ly/FluShots2024',
    'See https://clinic.org/flu2025.',
    'Join at https://telehealth.clinic.org/waiting-room from your phone.',
    'Hours 8/30-5/00 daily',
    'Take 1/2 tablet',
    'Guide at clinic.org/HowToPay',
    'Plan info clinic.org/MyRxPlan',
    'Lab guide clinic.org/HbA1c',
    'Dosing 5 mg.dl/day, i.e/ per day',
  ],
);

test('idLike: ids and tokens yes, words and years no', () => {
  for (const v of ['88231', 'a7wQ8b', '3xYz9Ab', '9z269wcl1lt40thpmzzhn8k7', '3f2504e0-4f89-11d3-9a0c-0305e82c3301']) {
    assert.ok(idLike(v), v);
  }
  for (const v of ['flu', '2024', 'covid19', 'flu2025', 'waiting-room', 'FluShots2024', 'v2']) assert.not.ok(idLike(v), v);
});

test('urlCarriesIdentifier: credentials in the authority count', () => {
  assert.ok(urlCarriesIdentifier('https://john@portal.clinic.org/'));
});

test.run();
