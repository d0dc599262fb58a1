import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildConcatUdh, buildUdh, parseUdh } from '../../src/codec/udh.js';
import { hex } from './fixtures.js';

test('8-bit concat UDH', () => {
  const r = parseUdh(hex('050003 2a 02 01 414243'));
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.is(r.udh.length, 6);
  assert.equal(r.udh.concat, { ref: 0x2a, total: 2, seq: 1, refBits: 8 });
  assert.equal(r.payload, hex('414243'));
  assert.equal(r.udh.elements, [{ iei: 0, data: hex('2a0201') }]);
});

test('16-bit concat, 16-bit ports, national language shifts and an unknown element, kept in order', () => {
  const r = parseUdh(hex('14 08 04 1234 03 02  05 04 0b84 23f0  24 01 01  25 01 02  70 00 ff'));
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.udh.concat, { ref: 0x1234, total: 3, seq: 2, refBits: 16 });
  assert.equal(r.udh.ports, { destination: 0x0b84, source: 0x23f0, bits: 16 });
  assert.is(r.udh.lockingShift, 1);
  assert.is(r.udh.singleShift, 2);
  assert.equal(r.udh.elements.map((e) => e.iei), [0x08, 0x05, 0x24, 0x25, 0x70]);
  assert.equal(r.payload, hex('ff'));
});

test('8-bit ports', () => {
  const r = parseUdh(hex('04 04 02 f5 f6'));
  assert.ok(r.ok && r.udh.ports !== undefined);
  if (r.ok) assert.equal(r.udh.ports, { destination: 0xf5, source: 0xf6, bits: 8 });
});

test('malformed UDHs are refused', () => {
  const bad = [
    '', // UDHI set, nothing there
    '07 000302 0201', // UDHL beyond the message
    '05 00 05 2a0201', // element overruns the UDH
    '01 00', // element header cut by UDHL
    '04 00 02 2a02', // concat with a wrong length
    '05 000300 0201'.replace('00 0201', '0200'), // seq 0
    '05 0003 2a 00 00', // total 0
    '05 0003 2a 02 03', // seq > total
    '0a 0003 2a0201 0003 2b0201', // two concat elements
    '03 24 02 01', // shift element with a wrong length
  ];
  for (const h of bad) assert.not.ok(parseUdh(hex(h)).ok, h);
});

test('buildUdh and buildConcatUdh produce what parseUdh reads', () => {
  assert.equal(buildConcatUdh(0x2a, 3, 2), hex('0500032a0302'));
  assert.equal(buildConcatUdh(0x1234, 3, 2, 16), hex('060804 1234 0302'));
  const udh = buildConcatUdh(7, 2, 1, 8, [{ iei: 0x05, data: hex('0b8423f0') }]);
  const r = parseUdh(Buffer.concat([udh, hex('41')]));
  assert.ok(r.ok);
  if (r.ok) {
    assert.equal(r.udh.concat, { ref: 7, total: 2, seq: 1, refBits: 8 });
    assert.equal(r.udh.ports, { destination: 0x0b84, source: 0x23f0, bits: 16 });
  }
  assert.equal(buildUdh([]), hex('00'));
});

test.run();
