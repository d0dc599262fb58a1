import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Framer, type FramerError } from '../../src/codec/framer.js';
import { buildPdu } from '../../src/codec/header.js';
import { fixture, fixtureNames } from './fixtures.js';

function collect(framer: Framer, chunks: Buffer[]): { frames: Buffer[]; error: FramerError | undefined } {
  const frames: Buffer[] = [];
  let error: FramerError | undefined;
  for (const c of chunks) {
    error = framer.push(c, (f) => frames.push(f)) ?? error;
    if (error) break;
  }
  return { frames, error };
}

const all = fixtureNames().map(fixture);
const stream = Buffer.concat(all);

test('many PDUs in one chunk come out whole, in order, as views of the chunk (zero-copy)', () => {
  const { frames, error } = collect(new Framer(), [stream]);
  assert.is(error, undefined);
  assert.equal(frames.map((f) => f.toString('hex')), all.map((f) => f.toString('hex')));
  for (const f of frames) assert.is(f.buffer, stream.buffer);
});

test('one byte at a time', () => {
  const framer = new Framer();
  const bytes = [...stream].map((b) => Buffer.from([b]));
  const { frames, error } = collect(framer, bytes);
  assert.is(error, undefined);
  assert.equal(frames.map((f) => f.toString('hex')), all.map((f) => f.toString('hex')));
  assert.is(framer.buffered, 0);
});

test('a PDU split across chunks at every possible point', () => {
  const pdu = fixture('submit_sm_udh');
  for (let at = 1; at < pdu.length; at++) {
    const framer = new Framer();
    const { frames } = collect(framer, [pdu.subarray(0, at), pdu.subarray(at)]);
    assert.equal(frames, [pdu], `split at ${at}`);
  }
});

test('a split PDU followed by whole ones in the same chunk', () => {
  const a = fixture('submit_sm_plain');
  const b = fixture('enquire_link');
  const framer = new Framer();
  const { frames } = collect(framer, [a.subarray(0, 20), Buffer.concat([a.subarray(20), b, b, a.subarray(0, 3)])]);
  assert.equal(frames, [a, b, b]);
  assert.is(framer.buffered, 3);
});

test('a PDU completed from copied bytes survives reuse of the caller chunk buffer', () => {
  const a = fixture('submit_sm_plain');
  const chunk = Buffer.from(a.subarray(0, 30));
  const framer = new Framer();
  const frames: Buffer[] = [];
  framer.push(chunk, (f) => frames.push(f));
  chunk.fill(0xee);
  framer.push(a.subarray(30), (f) => frames.push(f));
  assert.equal(frames, [a]);
});

for (const [length, label] of [
  [15, '15'],
  [0, '0'],
  [0xffffffff, 'huge'],
  [65537, 'one over the maximum'],
] as const) {
  test(`command_length ${label} -> invalid-length with the sequence number, and the framer stays poisoned`, () => {
    const bad = buildPdu(0x15, 0, 0x1234, Buffer.alloc(8));
    bad.writeUInt32BE(length, 0);
    const framer = new Framer();
    const { frames, error } = collect(framer, [Buffer.concat([fixture('enquire_link'), bad])]);
    assert.is(frames.length, 1);
    assert.equal(error, { code: 'invalid-length', commandLength: length, sequenceNumber: 0x1234 });
    assert.equal(framer.push(fixture('enquire_link'), () => assert.unreachable()), error);
  });
}

test('an invalid length in a header that arrives byte by byte is reported once the header is in', () => {
  const bad = buildPdu(0x15, 0, 77);
  bad.writeUInt32BE(3, 0);
  const framer = new Framer();
  let error: FramerError | undefined;
  for (let i = 0; i < 16; i++) {
    assert.is(error, undefined);
    error = framer.push(bad.subarray(i, i + 1), () => assert.unreachable());
  }
  assert.equal(error, { code: 'invalid-length', commandLength: 3, sequenceNumber: 77 });
});

test('the maximum length is configurable', () => {
  const pdu = fixture('submit_sm_plain');
  assert.ok(new Framer(pdu.length - 1).push(pdu, () => {}));
  assert.is(new Framer(pdu.length).push(pdu, () => {}), undefined);
});

test.run();
