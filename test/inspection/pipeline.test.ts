// The verdict step fails closed: an inspector that throws or hangs blocks the message with the policy's
// refusal status; binary content follows the policy's binary rule; monitor passes and says what it saw.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { inspectUnits, type Inspector, type PolicyView, type TextDecision } from '../../src/inspection/pipeline.js';

const strict: PolicyView = { name: 'strict', version: 'v1', binary: 'block', refuseStatus: 0x45, mo: 'audit', passive: false, mayWait: true };
const monitor: PolicyView = { ...strict, name: 'monitor', passive: true };

function inspector(evaluate: (text: string) => Promise<TextDecision>, policy: PolicyView = strict): Inspector {
  return { policy: () => policy, evaluate };
}

test('an inspector that throws blocks the message (fail closed), without passing the error on', async () => {
  const v = await inspectUnits([{ text: 'anything' }], 'strict', 'emr', inspector(async () => Promise.reject(new Error('boom: secret text'))), 1000);
  assert.is(v.action, 'block');
  assert.is(v.status, 0x45);
  assert.is(v.reason, 'inspection failed');
});

test('an inspector that does not answer in time blocks the message', async () => {
  const v = await inspectUnits([{ text: 'anything' }], 'strict', 'emr', inspector(() => new Promise(() => undefined)), 50);
  assert.is(v.action, 'block');
});

test('binary content is blocked under strict, allowed (and noted) under monitor', async () => {
  const never = inspector(async () => assert.unreachable('binary is never evaluated as text') as never);
  assert.is((await inspectUnits([{ unreadable: 'binary data_coding' }], 'strict', 'emr', never, 100)).action, 'block');
  const m = await inspectUnits([{ unreadable: 'binary data_coding' }], 'monitor', 'emr', inspector(async () => ({ action: 'allow', categories: {} }), monitor), 100);
  assert.is(m.action, 'allow');
  assert.is(m.wouldBe, 'block');
});

test('the first block wins over rewrites of other fields; categories add up', async () => {
  const decisions: Record<string, TextDecision> = {
    a: { action: 'rewrite', text: 'A', categories: { name: 1 } },
    b: { action: 'block', status: 0x45, categories: { condition: 2 } },
  };
  const v = await inspectUnits([{ text: 'a' }, { text: 'b' }], 'strict', 'emr', inspector(async (t) => decisions[t]!), 100);
  assert.is(v.action, 'block');
  assert.equal(v.categories, { name: 1, condition: 2 });
});

test('a rewrite that leaves the text as it was is an allow (the PDU stays byte-identical)', async () => {
  const v = await inspectUnits([{ text: 'same' }], 'strict', 'emr', inspector(async () => ({ action: 'rewrite', text: 'same', categories: {} })), 100);
  assert.is(v.action, 'allow');
});

test.run();
