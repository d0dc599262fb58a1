import { existsSync, appendFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AuditWriter } from '../../src/audit/writer.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { readCheckpoint } from '../../src/audit/checkpoint.js';
import { config, inTempDir, keys, readLines, silent, submit, until, writeTrail } from './helpers.js';

test('appended records form a chain that verifies, with seq from 1 and no caller-set seq/time/mac', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    const w = await AuditWriter.open(cfg, keys, silent);
    assert.ok(w.healthy);
    const seqs = await Promise.all(Array.from({ length: 50 }, (_, i) => w.append(submit(i))));
    assert.equal(seqs, Array.from({ length: 50 }, (_, i) => i + 1));
    w.appendLater({ type: 'outcome', message_id: 'm1', carrier_message_id: 'c1', upstream: 'carrier-a', command_status: 0 });
    await w.close();

    const lines = readLines(cfg.path);
    assert.is(lines.length, 51);
    const rec = JSON.parse(lines[0]!);
    assert.is(rec.seq, 1);
    assert.match(rec.time, /^\d{4}-\d\d-\d\dT/);
    assert.match(rec.mac, /^[0-9a-f]{64}$/);
    assert.is(rec.type, 'submit');
    assert.is(JSON.parse(lines[50]!).type, 'outcome');
    assert.equal(await verifyAudit(cfg, keys), { ok: true, records: 51, files: [cfg.path], recoveries: 0, checkpointSeq: 51 });
  }),
);

test('a record that sets seq, time or mac, or is not serializable, is rejected and leaves the chain intact', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    const w = await AuditWriter.open(cfg, keys, silent);
    await w.append(submit(1));
    for (const bad of [{ type: 'x', seq: 9 }, { type: 'x', mac: 'ff' }, { type: 'x', n: 1n }]) {
      const err = await w.append(bad).then(() => null, (e: { code?: string }) => e);
      assert.is(err?.code, 'PHIWALL_AUDIT_RECORD');
    }
    assert.is(await w.append(submit(2)), 2);
    await w.close();
    assert.is((await verifyAudit(cfg, keys)).ok, true);
  }),
);

test('batches are bounded by fsync_max_batch and each append resolves only after its batch', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { fsync_max_batch: 16, fsync_max_delay_ms: 0 });
    const w = await AuditWriter.open(cfg, keys, silent);
    const all = Array.from({ length: 100 }, (_, i) => w.append(submit(i)));
    const firstSeq = await all[0];
    // When the first resolves, its whole batch is on disk.
    assert.ok(readLines(cfg.path).length >= firstSeq!);
    await Promise.all(all);
    assert.ok(w.stats.batches >= Math.ceil(100 / 16));
    await w.close();
    assert.is((await verifyAudit(cfg, keys)).ok, true);
  }),
);

test('restart continues seq and chain from the existing log', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    await writeTrail(cfg, 5);
    const w = await AuditWriter.open(cfg, keys, silent);
    assert.is(await w.append(submit(5)), 6);
    await w.close();
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok && res.records === 6 && res.recoveries === 0);
  }),
);

test('rotation by size continues the chain across files named by their first seq', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { rotate: { max_bytes: 8192 } });
    await writeTrail(cfg, 150);
    // Restart continues into the current file, and rotates onward from it.
    const w = await AuditWriter.open(cfg, keys, silent);
    for (let i = 150; i < 200; i++) await w.append(submit(i));
    await w.close();

    const rotated = readdirSync(dir).filter((n) => /^audit\.log\.\d+$/.test(n)).sort();
    assert.ok(rotated.length >= 3, `rotated: ${rotated.join(',')}`);
    assert.is(rotated[0], 'audit.log.000000000001');
    for (const name of rotated) {
      const first = JSON.parse(readLines(join(dir, name))[0]!);
      assert.is(first.seq, Number(name.slice('audit.log.'.length)));
      assert.ok(readFileSync(join(dir, name)).length <= 8192);
    }
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok);
    if (res.ok) {
      assert.is(res.records, 200);
      assert.is(res.files.length, rotated.length + 1);
      assert.is(res.files[res.files.length - 1], cfg.path);
    }
  }),
);

test('a rotation that cannot rename keeps writing to the current file and never overwrites history', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { rotate: { max_bytes: 8192 }, retry_interval_ms: 60_000 });
    mkdirSync(`${cfg.path}.000000000001`); // something already holds the rotated name
    await writeTrail(cfg, 60);
    assert.is(readLines(cfg.path).length, 60);
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok && res.records === 60 && res.files.length === 1);
  }),
);

test('rotation by time starts a new file when the interval changes', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { rotate: { interval: '1s' } });
    const w = await AuditWriter.open(cfg, keys, silent);
    await w.append(submit(1));
    const second = Math.floor(Date.now() / 1000);
    await until(() => Math.floor(Date.now() / 1000) > second, 3000);
    await w.append(submit(2));
    await w.close();
    assert.ok(existsSync(`${cfg.path}.000000000001`));
    assert.is(JSON.parse(readLines(cfg.path)[0]!).seq, 2);
    assert.is((await verifyAudit(cfg, keys)).ok, true);
  }),
);

test('a torn tail is reported by verify, then cut on open with a recovery record, and the chain continues', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    await writeTrail(cfg, 5);
    appendFileSync(cfg.path, '{"seq":6,"time":"2025-01-01T00:00:00.000Z","type":"submit","sys');

    const before = await verifyAudit(cfg, keys);
    assert.ok(before.ok);
    if (before.ok) assert.equal(before.tornTail, { file: cfg.path, line: 6 });

    const w = await AuditWriter.open(cfg, keys, silent);
    assert.is(await w.append(submit(6)), 7);
    await w.close();
    const lines = readLines(cfg.path);
    assert.is(lines.length, 7);
    const recovery = JSON.parse(lines[5]!);
    assert.is(recovery.type, 'recovery');
    assert.is(recovery.reason, 'torn_tail');
    assert.is(recovery.seq, 6);
    assert.ok(recovery.torn_bytes > 0);
    const after = await verifyAudit(cfg, keys);
    assert.ok(after.ok && after.records === 7 && after.recoveries === 1 && after.tornTail === undefined);
  }),
);

test('a power-loss tail (zeros, then a fragment ending in a newline) is torn, not tampering, and is cut on open', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    await writeTrail(cfg, 4);
    const junk = Buffer.concat([Buffer.alloc(700), Buffer.from('"latency_us":420,"mac":"ab"}\n'), Buffer.alloc(30)]);
    appendFileSync(cfg.path, junk);

    const before = await verifyAudit(cfg, keys);
    assert.ok(before.ok && before.records === 4 && before.tornTail?.line === 5, JSON.stringify(before));
    const w = await AuditWriter.open(cfg, keys, silent);
    await w.close();
    const lines = readLines(cfg.path);
    assert.is(lines.length, 5);
    assert.is(JSON.parse(lines[4]!).torn_bytes, junk.length);
    assert.is((await verifyAudit(cfg, keys)).ok, true);
  }),
);

test('checkpoints follow checkpoint_every without waiting for close', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { checkpoint_every: 10 });
    const w = await AuditWriter.open(cfg, keys, silent);
    for (let i = 0; i < 25; i++) await w.append(submit(i));
    let seen = 0;
    for (let tries = 0; tries < 200 && seen < 20; tries++) {
      const cp = await readCheckpoint(`${cfg.path}.checkpoint`, keys);
      seen = cp.state === 'ok' ? cp.checkpoint.seq : 0;
      if (seen < 20) await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(seen >= 20, `checkpoint at ${seen}`);
    await w.close();
    const cp = await readCheckpoint(`${cfg.path}.checkpoint`, keys);
    assert.ok(cp.state === 'ok' && cp.checkpoint.seq === 25);
  }),
);

test('durability write: appends resolve once written, a background fdatasync makes them durable, checkpoints name only synced records', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { durability: 'write', sync_interval_ms: 20, checkpoint_every: 10 });
    const w = await AuditWriter.open(cfg, keys, silent);
    const seqs = await Promise.all(Array.from({ length: 30 }, (_, i) => w.append(submit(i))));
    assert.equal(seqs, Array.from({ length: 30 }, (_, i) => i + 1));
    // Written, so readable by another process at once; durable (stats.seq) after the next sync.
    assert.is(readLines(cfg.path).length, 30);
    await until(() => w.stats.seq === 30);
    let cpSeq = 0;
    for (let tries = 0; tries < 200 && cpSeq < 20; tries++) {
      const cp = await readCheckpoint(`${cfg.path}.checkpoint`, keys);
      cpSeq = cp.state === 'ok' ? cp.checkpoint.seq : 0;
      if (cpSeq < 20) await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(cpSeq >= 20 && cpSeq <= w.stats.seq, `checkpoint at ${cpSeq}`);
    for (let i = 0; i < 5; i++) await w.append(submit(100 + i));
    await w.close();
    const cp = await readCheckpoint(`${cfg.path}.checkpoint`, keys);
    assert.ok(cp.state === 'ok' && cp.checkpoint.seq === 35);
    assert.equal(await verifyAudit(cfg, keys), { ok: true, records: 35, files: [cfg.path], recoveries: 0, checkpointSeq: 35 });
  }),
);

test('durability write: rotation syncs the file it closes and the chain verifies across files', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir, { durability: 'write', sync_interval_ms: 1000, rotate: { max_bytes: 4096 } });
    const w = await AuditWriter.open(cfg, keys, silent);
    for (let i = 0; i < 200; i++) await w.append(submit(i));
    assert.ok(w.stats.rotations > 0);
    await w.close();
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok && res.records === 200 && res.files.length > 1, JSON.stringify(res));
  }),
);

test('append after close rejects', () =>
  inTempDir(async (dir) => {
    const w = await AuditWriter.open(config(dir), keys, silent);
    await w.close();
    const err = await w.append(submit(1)).then(() => null, (e: { code?: string }) => e);
    assert.is(err?.code, 'PHIWALL_AUDIT_CLOSED');
    assert.is(w.healthy, false);
  }),
);

test.run();
