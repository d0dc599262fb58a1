import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeText, encodeText } from '../../../src/codec/text/index.js';
import { hex } from '../fixtures.js';

test('UCS-2 is read as UTF-16BE: surrogate pairs (emoji) survive both ways', () => {
  const bytes = hex('0048 0069 0020 d83d de00 0020 00e9');
  assert.equal(decodeText(bytes, 'ucs2'), { ok: true, text: 'Hi 😀 é' });
  assert.equal(encodeText('Hi 😀 é', 'ucs2'), bytes);
});

test('UCS-2 with an odd length or a lone surrogate is not decodable; a lone surrogate is not encodable', () => {
  assert.not.ok(decodeText(hex('0048 00'), 'ucs2').ok);
  assert.not.ok(decodeText(hex('d83d 0041'), 'ucs2').ok);
  assert.not.ok(decodeText(hex('de00'), 'ucs2').ok);
  assert.is(encodeText('a\ud83d', 'ucs2'), undefined);
});

test('IA5: octets >= 0x80 refuse the text by default, or read as Latin-1 on request; never dropped', () => {
  assert.equal(decodeText(Buffer.from('Hello'), 'ia5'), { ok: true, text: 'Hello' });
  assert.not.ok(decodeText(hex('48 e9'), 'ia5').ok);
  assert.equal(decodeText(hex('48 e9'), 'ia5', { ia5HighBytes: 'latin1' }), { ok: true, text: 'Hé' });
  assert.is(encodeText('Hé', 'ia5'), undefined);
  assert.equal(encodeText('Hi', 'ia5'), hex('4869'));
});

test('Latin-1 decodes every octet and encodes only U+0000-U+00FF', () => {
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const r = decodeText(all, 'latin1');
  assert.ok(r.ok);
  if (r.ok) assert.equal(encodeText(r.text, 'latin1'), all);
  assert.is(encodeText('€', 'latin1'), undefined);
});

test('ISO-8859-5 and ISO-8859-8 through ICU, refusing unassigned octets', () => {
  assert.equal(decodeText(hex('bf e0 d8 d2 d5 e2'), 'iso-8859-5'), { ok: true, text: 'Привет' });
  assert.equal(encodeText('Привет', 'iso-8859-5'), hex('bfe0d8d2d5e2'));
  assert.equal(decodeText(hex('f9 ec e5 ed'), 'iso-8859-8'), { ok: true, text: 'שלום' });
  assert.equal(encodeText('שלום', 'iso-8859-8'), hex('f9ece5ed'));
  assert.not.ok(decodeText(hex('a1'), 'iso-8859-8').ok);
  assert.is(encodeText('€', 'iso-8859-5'), undefined);
});

test('Shift_JIS, ISO-2022-JP and EUC-KR decode through ICU; invalid sequences are refused; no encoder', () => {
  assert.equal(decodeText(hex('93fa 967b'), 'shift_jis'), { ok: true, text: '日本' });
  assert.equal(decodeText(hex('1b2442 467c 4b5c 1b2842'), 'iso-2022-jp'), { ok: true, text: '日本' });
  assert.equal(decodeText(hex('c7d1 b1b9'), 'euc-kr'), { ok: true, text: '한국' });
  assert.not.ok(decodeText(hex('93'), 'shift_jis').ok);
  assert.not.ok(decodeText(hex('c7'), 'euc-kr').ok);
  assert.is(encodeText('日本', 'shift_jis'), undefined);
});

test.run();
