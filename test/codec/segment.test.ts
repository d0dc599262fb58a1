import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dataCodingFor, segmentText } from '../../src/codec/segment.js';
import { decodeText } from '../../src/codec/text/index.js';
import { fillBitsFor } from '../../src/codec/text/gsm7-pack.js';
import { parseUdh } from '../../src/codec/udh.js';

/** Decodes every part back to text (checking UDHs), so the tests assert what a handset would show. */
function reassemble(parts: Buffer[], charset: Parameters<typeof decodeText>[1], udhi: boolean): string {
  return parts
    .map((p, i) => {
      let payload = p;
      let fillBits = 0;
      if (udhi) {
        const u = parseUdh(p);
        if (!u.ok) throw new Error(u.reason);
        if (parts.length > 1) assert.equal({ total: u.udh.concat!.total, seq: u.udh.concat!.seq }, { total: parts.length, seq: i + 1 });
        payload = u.payload;
        fillBits = fillBitsFor(u.udh.length);
      }
      const r = decodeText(payload, charset, { fillBits });
      if (!r.ok) throw new Error(r.reason);
      return r.text;
    })
    .join('');
}

test('GSM text up to 160 septets is one part without a UDH', () => {
  const s = segmentText('a'.repeat(160), { preferred: 'gsm7', ref: 1 })!;
  assert.is(s.data_coding_charset, 'gsm7');
  assert.is(s.parts.length, 1);
  assert.is(s.udhi, false);
  assert.is(s.parts[0]!.length, 160);
});

test('161 septets split into parts of 153 septets with an 8-bit concat UDH', () => {
  const text = 'b'.repeat(161);
  const s = segmentText(text, { preferred: 'gsm7', ref: 0x42 })!;
  assert.equal(s.parts.map((p) => p.length), [6 + 153, 6 + 8]);
  assert.is(s.parts[0]![3], 0x42);
  assert.is(reassemble(s.parts, 'gsm7', s.udhi), text);
});

test('a 16-bit reference leaves 152 septets per part', () => {
  const s = segmentText('c'.repeat(200), { preferred: 'gsm7', ref: 0x1234, refBits: 16 })!;
  assert.equal(s.parts.map((p) => p.length), [7 + 152, 7 + 48]);
});

test('escaped characters count two septets and an escape pair is never split', () => {
  const single = segmentText('€'.repeat(80), { preferred: 'gsm7', ref: 1 })!;
  assert.is(single.parts.length, 1);
  const text = 'x'.repeat(152) + '€' + 'y'.repeat(10); // 164 septets: two parts
  const s = segmentText(text, { preferred: 'gsm7', ref: 1 })!;
  assert.equal(s.parts.map((p) => p.length - 6), [152, 12]); // € (ESC + 0x65) moved whole to part 2
  assert.equal([...s.parts[1]!.subarray(6, 8)], [0x1b, 0x65]);
  assert.is(s.parts[0]!.at(-1), 0x78);
  assert.is(reassemble(s.parts, 'gsm7', true), text);
});

test('text outside GSM falls back to UCS-2: 70 code units single, 67 per part', () => {
  const one = segmentText('ж'.repeat(70), { preferred: 'gsm7', ref: 1 })!;
  assert.is(one.data_coding_charset, 'ucs2');
  assert.equal(one.parts.map((p) => p.length), [140]);
  const two = segmentText('ж'.repeat(71), { preferred: 'gsm7', ref: 1 })!;
  assert.equal(two.parts.map((p) => p.length), [6 + 134, 6 + 8]);
  assert.is(dataCodingFor(two.data_coding_charset), 8);
});

test('a surrogate pair is never split across parts', () => {
  const text = 'z'.repeat(66) + '😀' + 'end';
  const s = segmentText(text, { preferred: 'gsm7', ref: 1 })!;
  assert.is(s.data_coding_charset, 'ucs2');
  assert.equal(s.parts.map((p) => (p.length - 6) / 2), [66, 5]);
  assert.is(reassemble(s.parts, 'ucs2', true), text);
});

test('kept elements (ports) go into every part, and make a single part carry a UDH', () => {
  const ports = { iei: 0x05, data: Buffer.from([0x0b, 0x84, 0x23, 0xf0]) };
  const one = segmentText('hello', { preferred: 'gsm7', ref: 1, keepElements: [ports] })!;
  assert.is(one.udhi, true);
  const u = parseUdh(one.parts[0]!);
  assert.ok(u.ok && u.udh.ports?.destination === 0x0b84 && u.udh.concat === undefined);
  const many = segmentText('q'.repeat(300), { preferred: 'gsm7', ref: 9, keepElements: [ports] })!;
  // UDH = 1 + 5 (concat) + 6 (ports) = 12 octets -> floor((140-12)*8/7) = 146 septets per part
  assert.equal(many.parts.map((p) => p.length - 12), [146, 146, 8]);
  for (const p of many.parts) {
    const r = parseUdh(p);
    assert.ok(r.ok && r.udh.ports !== undefined && r.udh.concat?.ref === 9);
  }
});

test('packed GSM parts carry fill bits after the UDH', () => {
  const text = 'packed '.repeat(30);
  const s = segmentText(text, { preferred: 'gsm7-packed', ref: 3 })!;
  assert.is(s.data_coding_charset, 'gsm7-packed');
  assert.is(s.parts.length, 2);
  assert.is(s.parts[0]!.length, 140);
  assert.is(reassemble(s.parts, 'gsm7-packed', true), text);
});

test('Latin-1 preferred: 140 octets single, 134 per part', () => {
  const s = segmentText('é'.repeat(141), { preferred: 'latin1', ref: 1 })!;
  assert.is(s.data_coding_charset, 'latin1');
  assert.equal(s.parts.map((p) => p.length - 6), [134, 7]);
  assert.is(dataCodingFor('latin1'), 3);
});

test('empty text is one empty part; unencodable or oversized text is undefined', () => {
  assert.equal(segmentText('', { preferred: 'gsm7', ref: 1 })!.parts, [Buffer.alloc(0)]);
  assert.is(segmentText('a\ud800', { preferred: 'gsm7', ref: 1 }), undefined);
  assert.is(segmentText('a'.repeat(153 * 255 + 1), { preferred: 'gsm7', ref: 1 }), undefined);
  assert.is(segmentText('a'.repeat(153 * 255), { preferred: 'gsm7', ref: 1 })!.parts.length, 255);
});

test.run();
