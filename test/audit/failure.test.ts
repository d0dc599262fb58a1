// The sink cannot write: append rejects, healthy goes false, and the writer recovers by itself once the
// path works again. Failure modes that hold even as root: a parent path that is a regular file (ENOTDIR),
// and a log that is a symlink to /dev/full (every write fails with ENOSPC).
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { verifyAudit } from '../../src/audit/verify.js';
import { AuditWriter } from '../../src/audit/writer.js';
import { capturingLogger, config, inTempDir, keys, readLines, silent, submit, until, writeTrail } from './helpers.js';

const code = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code);

test('a log path whose parent is a regular file: unhealthy, appends reject, then it recovers', () =>
  inTempDir(async (dir) => {
    const parent = join(dir, 'logs');
    writeFileSync(parent, 'not a directory');
    const cfg = config(dir, { path: join(parent, 'audit.log') });
    const { log, text } = capturingLogger();
    const w = await AuditWriter.open(cfg, keys, log);
    assert.is(w.healthy, false);
    assert.is(await code(w.append(submit(1))), 'PHIWALL_AUDIT_UNAVAILABLE');
    w.appendLater({ type: 'outcome', upstream: 'carrier-a', command_status: 0 });
    assert.match(text(), /ENOTDIR/);

    rmSync(parent);
    mkdirSync(parent);
    await until(() => w.healthy);
    assert.is(await w.append(submit(2)), 2);
    await w.close();

    const first = JSON.parse(readLines(cfg.path)[0]!);
    assert.equal(
      [first.type, first.reason, first.error, first.rejected, first.dropped],
      ['recovery', 'open_error', 'ENOTDIR', 1, 1],
    );
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok && res.records === 2 && res.recoveries === 1);
  }),
);

test('writes failing (ENOSPC via /dev/full): every queued append rejects, then the chain continues from the disk', async () => {
  if (!existsSync('/dev/full')) return;
  await inTempDir(async (dir) => {
    const cfg = config(dir);
    // A trail of 3 records, put aside while the log path points at /dev/full.
    await writeTrail(cfg, 3);
    renameSync(cfg.path, join(dir, 'saved.log'));
    renameSync(`${cfg.path}.checkpoint`, join(dir, 'saved.checkpoint'));
    symlinkSync('/dev/full', cfg.path);

    const w = await AuditWriter.open(cfg, keys, silent);
    assert.is(w.healthy, true, 'opening /dev/full works; writing does not');
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => code(w.append(submit(i)))));
    assert.equal(results, Array(5).fill('PHIWALL_AUDIT_UNAVAILABLE'));
    assert.is(w.healthy, false);
    assert.is(await code(w.append(submit(6))), 'PHIWALL_AUDIT_UNAVAILABLE');

    // The disk "comes back": the real log and its checkpoint replace the link, in one synchronous step.
    renameSync(join(dir, 'saved.log'), cfg.path);
    renameSync(join(dir, 'saved.checkpoint'), `${cfg.path}.checkpoint`);
    await until(() => w.healthy);
    assert.is(await w.append(submit(7)), 5);
    await w.close();

    const lines = readLines(cfg.path).map((l) => JSON.parse(l));
    assert.equal(
      [lines[3].seq, lines[3].type, lines[3].reason, lines[3].error, lines[3].last_acked_seq, lines[3].rejected],
      [4, 'recovery', 'write_error', 'ENOSPC', 0, 6],
    );
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok && res.records === 5, JSON.stringify(res));
  });
});

test.run();
