import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deaValid } from '../../../../../src/inspection/detectors/identifiers/checks/dea.js';
import { luhnValid } from '../../../../../src/inspection/detectors/identifiers/checks/luhn.js';
import { mbiValid } from '../../../../../src/inspection/detectors/identifiers/checks/mbi.js';
import { npiValid } from '../../../../../src/inspection/detectors/identifiers/checks/npi.js';
import { ssnDigitsValid, ssnValid } from '../../../../../src/inspection/detectors/identifiers/checks/ssn.js';
import { vinCheckDigitValid, vinFormatValid } from '../../../../../src/inspection/detectors/identifiers/checks/vin.js';

test('luhn: card test numbers and IMEI pass, one-digit changes fail', () => {
  for (const n of ['4111111111111111', '378282246310005', '6011111111111117', '5555555555554444', '356938035643809', '79927398713']) {
    assert.ok(luhnValid(n), n);
  }
  for (const n of ['4111111111111112', '79927398710', '356938035643808']) assert.not.ok(luhnValid(n), n);
});

test('luhn: non-digits and tiny inputs fail rather than throw', () => {
  assert.not.ok(luhnValid(''));
  assert.not.ok(luhnValid('0'));
  assert.not.ok(luhnValid('4111-1111'));
});

test('npi: CMS example 1234567893 passes; wrong check digit, length or first digit fails', () => {
  assert.ok(npiValid('1234567893'));
  assert.ok(npiValid('1245319599'));
  assert.not.ok(npiValid('1234567890'));
  assert.not.ok(npiValid('123456789'));
  assert.not.ok(npiValid('3234567893'));
});

test('dea: checksum over the seven digits, registrant letters, case-insensitive', () => {
  assert.ok(deaValid('AB1234563'));
  assert.ok(deaValid('ab1234563'));
  assert.ok(deaValid('M96838544'));
  assert.not.ok(deaValid('AB1234567'));
  assert.not.ok(deaValid('IB1234563')); // I is not a registrant type
  assert.not.ok(deaValid('A11234563'));
  assert.not.ok(deaValid('AB123456'));
});

test('vin: format and the North American check digit', () => {
  assert.ok(vinCheckDigitValid('1HGCM82633A004352'));
  assert.ok(vinCheckDigitValid('1M8GDM9AXKP042788')); // check digit X
  assert.not.ok(vinCheckDigitValid('1HGCM82633A004353'));
  assert.ok(vinFormatValid('WVWZZZ1JZXW000001'));
  assert.not.ok(vinFormatValid('1HGCM8263OA004352')); // O is never used
  assert.not.ok(vinFormatValid('1HGCM82633A00435'));
});

test('mbi: CMS position rules, dashed or plain', () => {
  assert.ok(mbiValid('1EG4TE5MK73'));
  assert.ok(mbiValid('1EG4-TE5-MK73'));
  assert.ok(mbiValid('1eg4te5mk73'));
  assert.not.ok(mbiValid('0EG4TE5MK73')); // position 1 is 1-9
  assert.not.ok(mbiValid('1SG4TE5MK73')); // S excluded
  assert.not.ok(mbiValid('1EG4TE5MK7')); // short
  assert.not.ok(mbiValid('15G4TE5MK73')); // position 2 is a letter
  assert.not.ok(mbiValid('1EGATE5MK73')); // position 4 is a digit
  assert.not.ok(mbiValid('1EG-4TE5-MK73'));
});

test('ssn: SSA rules for area, group and serial', () => {
  assert.ok(ssnValid('123', '45', '6789'));
  assert.ok(ssnValid('078', '05', '1120'));
  assert.not.ok(ssnValid('000', '45', '6789'));
  assert.not.ok(ssnValid('666', '45', '6789'));
  assert.not.ok(ssnValid('900', '45', '6789'));
  assert.not.ok(ssnValid('999', '45', '6789'));
  assert.not.ok(ssnValid('123', '00', '6789'));
  assert.not.ok(ssnValid('123', '45', '0000'));
  assert.ok(ssnDigitsValid('123456789'));
  assert.not.ok(ssnDigitsValid('12345678'));
  assert.not.ok(ssnDigitsValid('66612345a'));
});

test.run();
