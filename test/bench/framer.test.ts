import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PduFramer } from '../../bench/wire/framer.js';
import { headerOnly, stringResponse } from '../../bench/wire/write.js';
import { firstCString, sequenceNumber } from '../../bench/wire/read.js';

const SUBMIT_SM_RESP = 0x80000004;
const stream = Buffer.concat([stringResponse(SUBMIT_SM_RESP, 0, 7, 'abc'), headerOnly(0x15, 0, 8), stringResponse(SUBMIT_SM_RESP, 0, 9, '12345')]);

function collect(chunks: Buffer[]): { seqs: number[]; ids: (string | undefined)[]; ok: boolean } {
  const seqs: number[] = [];
  const ids: (string | undefined)[] = [];
  const f = new PduFramer((buf, start, len) => {
    seqs.push(sequenceNumber(buf, start));
    ids.push(len > 16 ? firstCString(buf, start, len) : undefined);
  });
  let ok = true;
  for (const c of chunks) ok = f.push(c) && ok;
  return { seqs, ids, ok };
}

test('the same PDUs come out whether the stream arrives whole or byte by byte', () => {
  const whole = collect([stream]);
  const bytes = collect([...stream].map((b) => Buffer.from([b])));
  assert.equal(whole.seqs, [7, 8, 9]);
  assert.equal(bytes.seqs, [7, 8, 9]);
  assert.equal(bytes.ids, ['abc', undefined, '12345']);
});

test('an impossible command_length is refused instead of buffered', () => {
  const bad = Buffer.alloc(16);
  bad.writeUInt32BE(3, 0);
  assert.is(collect([bad]).ok, false);
  const huge = Buffer.alloc(16);
  huge.writeUInt32BE(0x7fffffff, 0);
  assert.is(collect([huge]).ok, false);
});

test.run();
