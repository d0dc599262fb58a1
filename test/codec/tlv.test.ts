import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Tlv } from '../../src/codec/pdu.js';
import { Tag, tagName } from '../../src/codec/tags.js';
import {
  getTlv,
  readTlvCString,
  readTlvUint16,
  readTlvUint32,
  readTlvUint8,
  removeTlv,
  setTlv,
  tlvCString,
  tlvUint16,
  tlvUint32,
  tlvUint8,
} from '../../src/codec/tlv.js';
import { hex } from './fixtures.js';

test('getTlv returns the first value; setTlv replaces in place or appends; removeTlv removes every copy', () => {
  const tlvs: Tlv[] = [
    { tag: 0x1401, value: hex('01') },
    { tag: Tag.message_state, value: hex('02') },
    { tag: 0x1401, value: hex('03') },
  ];
  assert.equal(getTlv(tlvs, 0x1401), hex('01'));
  assert.is(getTlv(tlvs, 0x9999), undefined);
  setTlv(tlvs, Tag.message_state, hex('05'));
  assert.equal(tlvs.map((t) => t.tag), [0x1401, Tag.message_state, 0x1401]);
  assert.equal(getTlv(tlvs, Tag.message_state), hex('05'));
  setTlv(tlvs, Tag.receipted_message_id, tlvCString('abc'));
  assert.equal(tlvs.at(-1), { tag: Tag.receipted_message_id, value: hex('61626300') });
  removeTlv(tlvs, 0x1401);
  assert.equal(tlvs.map((t) => t.tag), [Tag.message_state, Tag.receipted_message_id]);
});

test('value helpers read back what they build and refuse wrong sizes', () => {
  assert.is(readTlvUint8(tlvUint8(0xfe)), 0xfe);
  assert.is(readTlvUint16(tlvUint16(0xbeef)), 0xbeef);
  assert.is(readTlvUint32(tlvUint32(0xdeadbeef)), 0xdeadbeef);
  assert.is(readTlvUint8(hex('0102')), undefined);
  assert.is(readTlvUint16(hex('01')), undefined);
  assert.is(readTlvUint32(undefined), undefined);
  assert.is(readTlvCString(tlvCString('msg-1')), 'msg-1');
  assert.is(readTlvCString(Buffer.from('no-nul')), 'no-nul');
  assert.throws(() => tlvCString('a\0b'));
});

test('tagName names spec tags and prints vendor tags in hex', () => {
  assert.is(tagName(Tag.message_payload), 'message_payload');
  assert.is(tagName(0x1401), '0x1401');
});

test.run();
