import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runOne } from '../../bench/run/execute.js';
import { findScenario } from '../../bench/run/scenarios.js';
import { REPO_ROOT } from '../../bench/run/suts.js';
import { throughputChart } from '../../bench/run/svg.js';
import { runTable } from '../../bench/run/table.js';

const settings = { durationS: 1, warmupS: 0, phiwallDir: REPO_ROOT, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', auditDurability: 'fdatasync' as const };

test('a run through the naive baseline measures throughput, latency and each process on its own', async () => {
  const sc = findScenario('benign')!;
  const rec = await runOne(sc, 'naive', { label: '1x10', mode: 'closed', binds: 1, window: 10 }, settings);
  assert.ok(rec.ok, rec.error);
  assert.ok(rec.load!.responses > 0);
  assert.is(rec.load!.unmatched, 0);
  assert.equal(Object.keys(rec.load!.statuses), ['ESME_ROK']);
  for (const p of [rec.procs.sut, rec.procs.generator, rec.procs.sink]) {
    assert.ok(p && p.cpu !== null && p.rssMB.end! > 0 && p.fds.end! > 0);
  }
  assert.is((rec.sinkStats as { submitSm: number }).submitSm, rec.load!.sentPdus);
  assert.match(runTable([rec]), /^sut\s+load\s+msg\/s/);
  assert.match(throughputChart('t', [rec]), /^<svg [^>]*>[\s\S]*<\/svg>\n$/);
});

test('a system under test that cannot start is reported, not thrown', async () => {
  const sc = findScenario('benign')!;
  const rec = await runOne(sc, 'phiwall', { label: '1x10', mode: 'closed', binds: 1, window: 10 }, { ...settings, phiwallDir: '/nonexistent' });
  assert.is(rec.ok, false);
  assert.match(rec.error ?? '', /not built/);
});

test.run();
