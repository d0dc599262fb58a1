import { test } from 'uvu';
import { mbiDetector } from '../../../../src/inspection/detectors/identifiers/mbi.js';
import { detectorTable } from './table.js';

detectorTable(
  mbiDetector,
  [
    ['MBI 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
    ['Medicare number 1EG4TE5MK73 verified', '1EG4TE5MK73'],
    ['card 9AA0A00AA00', '9AA0A00AA00'],
    ['medicare id 1eg4te5mk73', '1eg4te5mk73'],
    ['Medicare 1EG4-TE5-MK7O on file', '1EG4-TE5-MK7O'],
    ['MBI 1EG4TE5MKl3', '1EG4TE5MKl3'],
  ],
  [
    'Code 1EG4TE5MK7 too short',
    'Has S: 1SG4TE5MK73',
    'Has O: 1EG4TO5MK73',
    'Starts with 0: 0EG4TE5MK73',
    'lowercase without label 1eg4te5mk73',
    'Dashes wrong 1EG-4TE5-MK73',
    'Flight 1EG4TE5MK73X',
  ],
);

test.run();
