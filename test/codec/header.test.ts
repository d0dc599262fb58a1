import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Cmd } from '../../src/codec/commands.js';
import { buildPdu, genericNack, readHeader, withSequence } from '../../src/codec/header.js';
import { Status } from '../../src/codec/status.js';
import { fixture, hex } from './fixtures.js';

test('readHeader reads the four header fields', () => {
  assert.equal(readHeader(fixture('submit_sm_resp_empty_error')), {
    command_length: 16,
    command_id: Cmd.submit_sm_resp,
    command_status: Status.ESME_RSUBMITFAIL,
    sequence_number: 9,
  });
});

test('withSequence copies the frame with only the sequence number changed', () => {
  const f = fixture('submit_sm_udh');
  const before = Buffer.from(f);
  const g = withSequence(f, 0x7fffffff);
  assert.equal(f, before);
  assert.is(g.readUInt32BE(12), 0x7fffffff);
  assert.equal(g.subarray(0, 12), f.subarray(0, 12));
  assert.equal(g.subarray(16), f.subarray(16));
});

test('buildPdu and genericNack', () => {
  assert.equal(buildPdu(Cmd.submit_sm_resp, 0, 5, hex('4100')), hex('00000012 80000004 00000000 00000005 4100'));
  assert.equal(genericNack(Status.ESME_RINVCMDLEN, 9), hex('00000010 80000000 00000002 00000009'));
});

test.run();
