import { test } from 'uvu';
import { ageDetector } from '../../../../src/inspection/detectors/identifiers/age.js';
import { detectorTable } from './table.js';

detectorTable(
  ageDetector,
  [
    ['92 y/o F with a fall', '92 y/o F'],
    ['Patient age 93, needs a ride', 'age 93'],
    ['Bed 4 (91F) resting', '(91F)'],
    ['Bed 4 (103 M) resting', '(103 M)'],
    ['Your 95-year-old mother is stable', '95-year-old'],
    ['a 95 year old man', '95 year old'],
    ['Resident aged 90 attends', 'aged 90'],
    ['Happy 100th birthday!', '100th birthday'],
    ['She is in her 90s', 'her 90s'],
    ['91 yo male', '91 yo male'],
    ['age: 97', 'age: 97'],
    ['97 years of age', '97 years of age'],
    ['turned 101 today', 'turned 101'],
    ['Pt 92F with a fall', 'Pt 92F'],
    ['age ninety-two', 'age ninety-two'],
    ['a ninety two year old', 'ninety two year old'],
    ['one hundred years old', 'one hundred years old'],
  ],
  [
    'Patient age 89 is fine',
    '89 y/o F',
    'Temps up to 95F today',
    'Celebrating 90 years of service',
    'Open 90 days',
    'Room 92, bed 4',
    'Over 100 years caring for you',
    'Take 90 tablets',
    'Blood pressure 95/60',
    'Heart rate 92 bpm',
    'in the 1990s',
    'Temps up to ninety-five degrees',
    'A hundred people attended',
  ],
);

test.run();
