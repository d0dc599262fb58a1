import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_EXTENSION, DEFAULT_TABLE } from '../../../src/codec/text/gsm7-tables.js';
import {
  decodeText,
  encodeText,
  fillBitsFor,
  gsm7Septets,
  packSeptets,
  unpackSeptets,
} from '../../../src/codec/text/index.js';
import { hex } from '../fixtures.js';

function text(r: ReturnType<typeof decodeText>): string {
  if (!r.ok) throw new Error(`not decodable: ${r.reason}`);
  return r.text;
}

test('every default-alphabet character decodes and encodes back to its septet', () => {
  for (let s = 0; s < 128; s++) {
    if (s === 0x1b) continue;
    const ch = DEFAULT_TABLE[s]!;
    assert.is(text(decodeText(Buffer.from([s]), 'gsm7')), ch, `septet 0x${s.toString(16)}`);
    assert.equal(encodeText(ch, 'gsm7'), Buffer.from([s]), `char U+${ch.charCodeAt(0).toString(16)}`);
  }
});

test('every extension character is ESC + code both ways, and counts as two septets', () => {
  const ext = [...DEFAULT_EXTENSION].map((c, i) => [c, i] as const).filter(([c]) => c !== '\0');
  assert.equal(ext.map(([c]) => c).join(''), '\f^{}\\[~]|\u20ac');
  for (const [ch, code] of ext) {
    assert.is(text(decodeText(Buffer.from([0x1b, code]), 'gsm7')), ch);
    assert.equal(encodeText(ch, 'gsm7'), Buffer.from([0x1b, code]));
    assert.is(gsm7Septets(ch), 2);
  }
});

test('spot checks against the 23.038 table', () => {
  assert.is(text(decodeText(hex('00 02 09 10 1c 1d 1e 1f 24 40 60 7f'), 'gsm7')), '@$ÇΔÆæßÉ¤¡¿à');
  assert.equal(encodeText('€5 {ok}', 'gsm7'), hex('1b65 35 20 1b28 6f6b 1b29'));
});

test('characters outside the alphabet make encodeText return undefined', () => {
  assert.is(encodeText('naïve', 'gsm7'), undefined); // ï is not in GSM 03.38
  assert.is(encodeText('ç', 'gsm7'), undefined); // only capital Ç is (0x09)
  assert.is(encodeText('😀', 'gsm7'), undefined);
  assert.is(gsm7Septets('`'), undefined);
});

test('undefined byte sequences are not decodable, never guessed', () => {
  assert.not.ok(decodeText(hex('41 80'), 'gsm7').ok); // octet above 0x7F
  assert.not.ok(decodeText(hex('41 1b'), 'gsm7').ok); // dangling escape
  assert.not.ok(decodeText(hex('1b 1b 41'), 'gsm7').ok); // escape to an undefined table
});

test('an escape code without an extension character shows the basic character (23.038 §6.2.1.1)', () => {
  assert.is(text(decodeText(hex('1b 41'), 'gsm7')), 'A');
});

test('packing: the classic "hellohello" vector, and a round trip with every septet count mod 8', () => {
  assert.equal(encodeText('hellohello', 'gsm7-packed'), hex('e8329bfd4697d9ec37'));
  assert.is(text(decodeText(hex('e8329bfd4697d9ec37'), 'gsm7-packed')), 'hellohello');
  for (let n = 0; n < 20; n++) {
    const t = 'abcdefghijklmnopqrst'.slice(0, n);
    assert.is(text(decodeText(encodeText(t, 'gsm7-packed')!, 'gsm7-packed')), t, `length ${n}`);
  }
});

test('7 spare bits are padded with CR (23.038 §6.1.2.3.1) and the padding is dropped on decode', () => {
  const packed = encodeText('1234567', 'gsm7-packed')!; // 49 bits -> 7 octets with 7 spare bits
  assert.is(packed.length, 7);
  assert.is(packed[6]! >>> 1, 0x0d);
  assert.is(text(decodeText(packed, 'gsm7-packed')), '1234567');
});

test('packed with fill bits after a UDH', () => {
  assert.is(fillBitsFor(6), 1); // concat UDH with 8-bit reference: 48 bits, 1 fill bit -> 7 septets
  assert.is(fillBitsFor(7), 0);
  assert.is(fillBitsFor(0), 0);
  const septets = encodeText('Hello world', 'gsm7')!;
  for (let fill = 0; fill < 7; fill++) {
    const packed = packSeptets(septets, fill);
    assert.equal(unpackSeptets(packed, fill, septets.length), new Uint8Array(septets));
    assert.is(text(decodeText(packed, 'gsm7-packed', { fillBits: fill, septets: septets.length })), 'Hello world');
  }
  // The fill bits are the low bits of the first octet: 'H' (0x48) shifted by one.
  assert.is(packSeptets(Buffer.from([0x48]), 1)[0], 0x90);
});

test('national language tables: Turkish, Spanish and Portuguese single shift; Turkish and Portuguese locking shift', () => {
  assert.is(text(decodeText(hex('1b47 1b49 1b53 1b63 1b67 1b69 1b73'), 'gsm7', { singleShift: 1 })), 'ĞİŞçğış');
  assert.is(text(decodeText(hex('1b41 1b49 1b4f 1b55 1b61 1b69 1b6f 1b75 1b09'), 'gsm7', { singleShift: 2 })), 'ÁÍÓÚáíóúç');
  assert.is(text(decodeText(hex('1b05 1b12 1b5b 1b7b 1b7f 1b65'), 'gsm7', { singleShift: 3 })), 'êΦÃãâ€');
  assert.is(text(decodeText(hex('04 07 0b 0c 1c 1d 40 60'), 'gsm7', { lockingShift: 1 })), '€ıĞğŞşİç');
  assert.is(text(decodeText(hex('04 15 40 60 7d 1b65'), 'gsm7', { lockingShift: 3 })), 'ê∞Í~`€');
  // Both at once: Turkish locking table, Spanish single shift.
  assert.is(text(decodeText(hex('07 1b41'), 'gsm7', { lockingShift: 1, singleShift: 2 })), 'ıÁ');
});

test('national tables phiwall lacks make the text not decodable', () => {
  assert.not.ok(decodeText(hex('41'), 'gsm7', { singleShift: 6 }).ok); // Hindi
  assert.not.ok(decodeText(hex('41'), 'gsm7', { lockingShift: 2 }).ok); // Spanish has no locking table
  assert.not.ok(decodeText(hex('41'), 'gsm7-packed', { lockingShift: 13 }).ok);
});

test.run();
