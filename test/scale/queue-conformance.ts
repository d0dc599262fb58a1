// One suite for both delivery-queue backends (memory, Redis Streams): order, hand-out once, acknowledgement,
// re-offer of unacknowledged entries, take-over from a dead consumer, bounds, TTL, wake-ups, binary safety.
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import type { QueueLimits, QueueStore } from '../../src/store/queue.js';
import { sleep } from '../helpers/net.js';

export type MakeQueue = (limits: QueueLimits) => Promise<QueueStore>;

const LIMITS: QueueLimits = { maxPerClient: 100, ttlMs: 60_000 };
const buf = (s: string) => Buffer.from(s, 'latin1');
const texts = (es: { payload: Buffer }[]) => es.map((e) => e.payload.toString('latin1'));

let n = 0;
/** A fresh client name per test, so the suites never see each other's entries. */
const client = () => `c${process.pid}x${++n}`;

export function registerQueueConformance(suite: Test, make: MakeQueue): void {
  const withStore = (limits: QueueLimits, fn: (s: QueueStore) => Promise<void>) => async () => {
    const s = await make(limits);
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  suite(
    'entries come out in the order they went in, each handed out once',
    withStore(LIMITS, async (s) => {
      const c = client();
      for (const t of ['a', 'b', 'c', 'd']) assert.ok(await s.append(c, buf(t)));
      assert.equal(texts(await s.next(c, 'x', 3)), ['a', 'b', 'c']);
      assert.equal(texts(await s.next(c, 'y', 10)), ['d'], 'another consumer gets only what was not handed out');
      assert.equal(await s.next(c, 'x', 10), []);
      assert.is(await s.size(c), 4, 'handed out is not gone: only an ack removes');
    }),
  );

  suite(
    'ack removes; unacknowledged entries are offered again to the same consumer, oldest first',
    withStore(LIMITS, async (s) => {
      const c = client();
      for (const t of ['a', 'b', 'c']) await s.append(c, buf(t));
      const got = await s.next(c, 'x', 10);
      await s.ack(c, [got[1]!.id]);
      assert.is(await s.size(c), 2);
      assert.equal(texts(await s.pending(c, 'x', 10)), ['a', 'c']);
      assert.equal(await s.pending(c, 'y', 10), [], 'not to another consumer');
      await s.ack(c, [got[0]!.id, got[2]!.id]);
      assert.is(await s.size(c), 0);
      assert.equal(await s.pending(c, 'x', 10), []);
    }),
  );

  suite(
    'entries a consumer held unacknowledged past the idle time can be claimed by another',
    withStore(LIMITS, async (s) => {
      const c = client();
      await s.append(c, buf('held'));
      await s.next(c, 'dead', 10);
      assert.equal(await s.claim(c, 'alive', 60_000, 10), [], 'not before the idle time');
      await sleep(60);
      const got = await s.claim(c, 'alive', 50, 10);
      assert.equal(texts(got), ['held']);
      assert.equal(texts(await s.pending(c, 'alive', 10)), ['held'], 'now the claimer’s');
      assert.equal(await s.pending(c, 'dead', 10), []);
    }),
  );

  suite(
    'a full queue refuses the append and writes nothing; room again after an ack',
    withStore({ ...LIMITS, maxPerClient: 3 }, async (s) => {
      const c = client();
      for (const t of ['a', 'b', 'c']) assert.ok(await s.append(c, buf(t)));
      assert.not.ok(await s.append(c, buf('d')));
      assert.is(await s.size(c), 3);
      const [first] = await s.next(c, 'x', 1);
      await s.ack(c, [first!.id]);
      assert.ok(await s.append(c, buf('e')));
      assert.equal(texts(await s.next(c, 'x', 10)), ['b', 'c', 'e']);
    }),
  );

  suite(
    'entries older than the TTL are not handed out and do not count against the bound',
    withStore({ maxPerClient: 2, ttlMs: 80 }, async (s) => {
      const c = client();
      await s.append(c, buf('old1'));
      await s.append(c, buf('old2'));
      await sleep(120);
      assert.ok(await s.append(c, buf('new')), 'expired entries make room');
      assert.equal(texts(await s.next(c, 'x', 10)), ['new']);
    }),
  );

  suite(
    'clients have separate queues',
    withStore(LIMITS, async (s) => {
      const a = client();
      const b = client();
      await s.append(a, buf('for-a'));
      await s.append(b, buf('for-b'));
      assert.equal(texts(await s.next(b, 'x', 10)), ['for-b']);
      assert.equal(texts(await s.next(a, 'x', 10)), ['for-a']);
      assert.equal(await s.next(client(), 'x', 10), [], 'an unknown client has an empty queue');
      assert.is(await s.size(client()), 0);
    }),
  );

  suite(
    'payloads are bytes: every octet value survives',
    withStore(LIMITS, async (s) => {
      const c = client();
      const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
      await s.append(c, bytes);
      const [e] = await s.next(c, 'x', 1);
      assert.ok(e!.payload.equals(bytes));
    }),
  );

  suite(
    'an append wakes listeners with the client’s system_id',
    withStore(LIMITS, async (s) => {
      const c = client();
      const woken: (string | undefined)[] = [];
      s.onAppend((x) => woken.push(x));
      await s.append(c, buf('x'));
      for (let i = 0; i < 100 && !woken.includes(c); i++) await sleep(10);
      assert.ok(woken.includes(c));
    }),
  );

  suite(
    'after close, operations reject',
    async () => {
      const s = await make(LIMITS);
      await s.close();
      try {
        await s.append(client(), buf('x'));
        assert.unreachable();
      } catch (err) {
        assert.is((err as { code?: string }).code, 'STORE_CLOSED');
      }
    },
  );
}
