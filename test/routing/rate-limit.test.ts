// The per-upstream TPS limit shapes traffic: a burst up to the rate goes at once, the rest waits its turn,
// and past the waiting room requests are refused (ESME_RTHROTTLED) instead of piling up.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TokenBucket } from '../../src/routing/rate-limit.js';

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true), () => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

test('a burst up to the rate passes at once, the next one waits, and all are let through in order', async () => {
  const b = new TokenBucket(5, 100);
  for (let i = 0; i < 5; i++) assert.ok(await settled(b.take()), `burst ${i}`);
  const order: number[] = [];
  const waiting = [b.take().then(() => order.push(1)), b.take(2).then(() => order.push(2))];
  assert.not.ok(await settled(waiting[0]!), 'the 6th waits for a token');
  await Promise.all(waiting);
  assert.equal(order, [1, 2]);
});

test('beyond the waiting room, requests are refused with ESME_RTHROTTLED', async () => {
  const b = new TokenBucket(1, 2);
  await b.take();
  const w1 = b.take();
  const w2 = b.take();
  try {
    await b.take();
    assert.unreachable();
  } catch (e) {
    assert.is((e as { commandStatus: number }).commandStatus, 0x58);
  }
  b.update(1000);
  await Promise.all([w1, w2]);
});

test('rate 0 means unlimited', async () => {
  const b = new TokenBucket(0, 0);
  for (let i = 0; i < 1000; i++) await b.take();
});

test.run();
