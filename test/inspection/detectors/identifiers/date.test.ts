import { test } from 'uvu';
import { dateDetector } from '../../../../src/inspection/detectors/identifiers/date.js';
import { detectorTable } from './table.js';

detectorTable(
  dateDetector,
  [
    ['DOB: 03/14/1952. Please confirm.', '03/14/1952'],
    ['d.o.b. 3/14/52', '3/14/52'],
    ['b. 03/14/1952', '03/14/1952'],
    ['D.O.B.: 03-14-1952', '03-14-1952'],
    ['Patient born 3-14-52 needs a recall', '3-14-52'],
    ['Robert was admitted on Jan 3.', 'Jan 3'],
    ['admitted to St. Mary on 3/14/2024', '3/14/2024'],
    ['Discharged 2024-01-09; follow up', '2024-01-09'],
    ['Date of death March 5th, 2021 recorded', 'March 5th, 2021'],
    ['died on 5 March 2021', '5 March 2021'],
    ['Date of birth 19 Dec 1987', '19 Dec 1987'],
    ['born in March 1952', 'March 1952'],
    ['DOB 03141952', '03141952'],
    ['DOB: 14-Mar-1952', '14-Mar-1952'],
    ['DOB 1952/03/14', '1952/03/14'],
    ['birthday 14.03.1952', '14.03.1952'],
    ['ＤＯＢ ０３/１４/１９５２', '０３/１４/１９５２'],
    ['DОB 03/14/1952', '03/14/1952'],
    ['DOB: 03 / 14 / 1952', '03 / 14 / 1952'],
    ['DOB-03/14/1952', '03/14/1952'],
    ['D O B 0 3 / 1 4 / 1 9 5 2', '0 3 / 1 4 / 1 9 5 2'],
  ],
  [
    'Your appointment is on 3/14 at 10:30',
    'Flu shots for those born before 1960.',
    'Born in 1952? You may qualify for a shingles shot on 3/14.',
    'Newborn screening on 3/14',
    'Your card expired on 3/14',
    'Discharge instructions: rest. Next visit 3/14/2025.',
    'Happy birthday! Visit us on 3/14.',
    'DOB required. Appointments on 3/14 are full.',
    'Admission is free; event 3/14',
    'You will be admitted for 2-3 days',
    'Born 3 - 4 weeks early? Ask us.',
    'Discharge within 1.5 hours',
  ],
);

test.run();
