import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { charsetOf, dataCodingFor, type Charset } from '../../../src/codec/text/index.js';

test('SMPP 3.4 §5.2.19 data_coding values', () => {
  const table: [number, string][] = [
    [0x00, 'gsm7'],
    [0x01, 'ia5'],
    [0x02, 'binary'],
    [0x03, 'latin1'],
    [0x04, 'binary'],
    [0x05, 'shift_jis'],
    [0x06, 'iso-8859-5'],
    [0x07, 'iso-8859-8'],
    [0x08, 'ucs2'],
    [0x09, 'unsupported'], // pictogram
    [0x0a, 'iso-2022-jp'],
    [0x0b, 'unsupported'],
    [0x0c, 'unsupported'],
    [0x0d, 'unsupported'], // JIS X 0212
    [0x0e, 'euc-kr'],
    [0x0f, 'unsupported'],
  ];
  for (const [dc, expected] of table) assert.is(charsetOf(dc, 'gsm7'), expected, `dc 0x${dc.toString(16)}`);
});

test('dc 0 is whatever the upstream SMSC means by it', () => {
  assert.is(charsetOf(0, 'latin1'), 'latin1');
  assert.is(charsetOf(0, 'ia5'), 'ia5');
  assert.is(charsetOf(0, 'gsm7-packed'), 'gsm7-packed');
});

test('3GPP 23.038 general data coding groups 00xx/01xx: alphabet bits, class bits ignored, compressed refused', () => {
  assert.is(charsetOf(0x10, 'gsm7'), 'gsm7'); // GSM 7-bit, class 0
  assert.is(charsetOf(0x11, 'latin1'), 'gsm7'); // GSM 7-bit is not the SMSC's dc-0 alphabet
  assert.is(charsetOf(0x11, 'gsm7-packed'), 'gsm7-packed');
  assert.is(charsetOf(0x15, 'gsm7'), 'binary');
  assert.is(charsetOf(0x18, 'gsm7'), 'ucs2');
  assert.is(charsetOf(0x1c, 'gsm7'), 'unsupported'); // reserved alphabet
  assert.is(charsetOf(0x20, 'gsm7'), 'unsupported'); // compressed GSM
  assert.is(charsetOf(0x38, 'gsm7'), 'unsupported'); // compressed UCS2
  assert.is(charsetOf(0x40, 'gsm7'), 'gsm7'); // automatic deletion group
  assert.is(charsetOf(0x48, 'gsm7'), 'ucs2');
  assert.is(charsetOf(0x44, 'gsm7'), 'binary');
  assert.is(charsetOf(0x60, 'gsm7'), 'unsupported');
});

test('reserved, message waiting and message class groups', () => {
  assert.is(charsetOf(0x80, 'gsm7'), 'unsupported');
  assert.is(charsetOf(0xbf, 'gsm7'), 'unsupported');
  assert.is(charsetOf(0xc0, 'gsm7'), 'gsm7'); // MWI discard
  assert.is(charsetOf(0xd8, 'gsm7'), 'gsm7'); // MWI store
  assert.is(charsetOf(0xe0, 'gsm7'), 'ucs2'); // MWI store, UCS2
  assert.is(charsetOf(0xf0, 'gsm7'), 'gsm7'); // class 0 (flash) GSM
  assert.is(charsetOf(0xf4, 'gsm7'), 'binary'); // bit 2: 8-bit data
  assert.is(charsetOf(0xf5, 'gsm7'), 'binary');
  assert.is(charsetOf(0xf3, 'gsm7-packed'), 'gsm7-packed');
});

test('dataCodingFor gives the dc byte for the charsets phiwall writes', () => {
  const expected: [Charset, number][] = [
    ['gsm7', 0],
    ['gsm7-packed', 0],
    ['ia5', 1],
    ['latin1', 3],
    ['ucs2', 8],
    ['iso-8859-5', 6],
    ['iso-8859-8', 7],
    ['shift_jis', 5],
    ['iso-2022-jp', 10],
    ['euc-kr', 14],
  ];
  for (const [cs, dc] of expected) {
    assert.is(dataCodingFor(cs), dc);
    if (cs !== 'gsm7-packed') assert.is(charsetOf(dc, 'gsm7'), cs);
  }
});

test.run();
