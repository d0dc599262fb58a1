// The rate-store conformance suite (GCRA reservations): a backend's test file calls registerRateConformance
// with a factory. Rates of 1/s keep every expected delay a whole second apart, so the milliseconds a test
// takes to run cannot change an outcome.
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import type { RateStore } from '../../src/store/rate.js';

export type MakeRateStore = () => Promise<RateStore>;

let n = 0;
/** A fresh limit name per test, so the suites never share state. */
const limit = () => `r${process.pid}x${++n}`;
const MAX = 60_000;

/** `ms` is a delay of about `seconds` (a little less: time passes between reservations). */
const about = (ms: number, seconds: number) => ms > seconds * 1000 - 500 && ms <= seconds * 1000;

export function registerRateConformance(suite: Test, make: MakeRateStore): void {
  const withStore = (fn: (s: RateStore) => Promise<void>) => async () => {
    const s = await make();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  suite(
    'rate: the burst goes at once, then each reservation waits one interval more',
    withStore(async (s) => {
      const l = limit();
      const d = [];
      for (let i = 0; i < 4; i++) d.push(await s.reserve('u', l, 1, 2, 1, MAX));
      assert.equal(d.slice(0, 2), [0, 0]);
      assert.ok(about(d[2]!, 1), `third waits about 1 s: ${d[2]}`);
      assert.ok(about(d[3]!, 2), `fourth waits about 2 s: ${d[3]}`);
    }),
  );

  suite(
    'rate: a wait beyond the max delay is refused (-1) and reserves nothing',
    withStore(async (s) => {
      const l = limit();
      assert.is(await s.reserve('c', l, 1, 1, 1, MAX), 0);
      assert.is(await s.reserve('c', l, 1, 1, 1, 10), -1);
      assert.is(await s.reserve('c', l, 1, 1, 1, 10), -1);
      assert.ok(about(await s.reserve('c', l, 1, 1, 1, MAX), 1), 'the refusals took nothing');
    }),
  );

  suite(
    'rate: n submits are reserved together',
    withStore(async (s) => {
      const l = limit();
      assert.is(await s.reserve('u', l, 1, 2, 2, MAX), 0);
      assert.ok(about(await s.reserve('u', l, 1, 2, 3, MAX), 3));
    }),
  );

  suite(
    'rate: limits are separate per name and per kind (client, upstream)',
    withStore(async (s) => {
      const l = limit();
      assert.is(await s.reserve('c', l, 1, 1, 1, MAX), 0);
      assert.is(await s.reserve('u', l, 1, 1, 1, MAX), 0, 'same name, other kind');
      assert.is(await s.reserve('c', limit(), 1, 1, 1, MAX), 0, 'other name');
      assert.ok((await s.reserve('c', l, 1, 1, 1, MAX)) > 0);
    }),
  );

  suite(
    'rate: concurrent reservations never hand out more than the burst at once',
    withStore(async (s) => {
      const l = limit();
      const d = await Promise.all(Array.from({ length: 20 }, () => s.reserve('u', l, 1, 5, 1, MAX)));
      assert.is(d.filter((x) => x === 0).length, 5);
      assert.is(new Set(d.map((x) => Math.round(x / 1000))).size, 16, 'the rest one second apart');
    }),
  );

  suite(
    'rate: reports itself healthy; after close, reservations reject',
    async () => {
      const s = await make();
      assert.is(s.health.connected, true);
      await s.close();
      try {
        await s.reserve('u', limit(), 1, 1, 1, MAX);
        assert.unreachable();
      } catch (err) {
        assert.is((err as { code?: string }).code, 'STORE_CLOSED');
      }
    },
  );
}
