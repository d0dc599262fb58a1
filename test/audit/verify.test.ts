// Each way of tampering with the trail, and the first bad record verify must name for it.
import { readFileSync, readdirSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditConfig } from '../../src/audit/config.js';
import { AuditKeys } from '../../src/audit/keys.js';
import { verifyAudit, type VerifyResult } from '../../src/audit/verify.js';
import { AuditWriter } from '../../src/audit/writer.js';
import { config, inTempDir, keys, readLines, silent, submit, writeLines, writeTrail } from './helpers.js';

async function trail(dir: string, records: number, extra: Parameters<typeof config>[1] = {}): Promise<AuditConfig> {
  const cfg = config(dir, extra);
  await writeTrail(cfg, records);
  return cfg;
}

function firstBad(res: VerifyResult) {
  assert.is(res.ok, false, 'verify should fail');
  return res.ok ? undefined : res.firstBad;
}

function tampered(records: number, edit: (cfg: AuditConfig, dir: string) => void, extra = {}) {
  return inTempDir(async (dir) => {
    const cfg = await trail(dir, records, extra);
    assert.is((await verifyAudit(cfg, keys)).ok, true, 'intact before the edit');
    edit(cfg, dir);
    return { cfg, dir, bad: firstBad(await verifyAudit(cfg, keys))! };
  });
}

const edit = (file: string, fn: (lines: string[]) => string[]) => writeLines(file, fn(readLines(file)));

test('editing one field fails at that record', async () => {
  const { cfg, bad } = await tampered(20, (c) => edit(c.path, (l) => l.map((x, i) => (i === 6 ? x.replace('"action":"redact"', '"action":"allow"') : x))));
  assert.equal(bad, { file: cfg.path, line: 7, seq: 7, reason: bad.reason });
  assert.match(bad.reason, /mac mismatch/);
});

test('deleting a middle record fails at the record after the gap', async () => {
  const { cfg, bad } = await tampered(20, (c) => edit(c.path, (l) => l.filter((_, i) => i !== 9)));
  assert.equal(bad, { file: cfg.path, line: 10, seq: 11, reason: bad.reason });
  assert.match(bad.reason, /expected seq 10/);
});

test('swapping two records fails at the first of them', async () => {
  const { cfg, bad } = await tampered(20, (c) =>
    edit(c.path, (l) => {
      [l[4], l[5]] = [l[5]!, l[4]!];
      return l;
    }),
  );
  assert.equal(bad, { file: cfg.path, line: 5, seq: 6, reason: bad.reason });
});

test('duplicating a record fails at the copy', async () => {
  const { cfg, bad } = await tampered(20, (c) => edit(c.path, (l) => [...l.slice(0, 8), l[7]!, ...l.slice(8)]));
  assert.equal(bad, { file: cfg.path, line: 9, seq: 8, reason: bad.reason });
  assert.match(bad.reason, /duplicate/);
});

test('removing the head fails at the new first line', async () => {
  const { cfg, bad } = await tampered(20, (c) => edit(c.path, (l) => l.slice(3)));
  assert.equal(bad, { file: cfg.path, line: 1, seq: 4, reason: bad.reason });
  assert.match(bad.reason, /head removed/);
});

test('a forged record with a made-up mac fails at the forgery', async () => {
  const { cfg, bad } = await tampered(10, (c) =>
    edit(c.path, (l) => [...l, `{"seq":11,"time":"2025-01-01T00:00:00.000Z","type":"admin","event":"reload","mac":"${'ab'.repeat(32)}"}`]),
  );
  assert.equal(bad, { file: cfg.path, line: 11, seq: 11, reason: bad.reason });
});

test('truncating the tail behind the checkpoint fails, naming the first missing seq', async () => {
  const { cfg, bad } = await tampered(20, (c) => edit(c.path, (l) => l.slice(0, 17)));
  assert.equal(bad, { file: cfg.path, line: 18, seq: 18, reason: bad.reason });
  assert.match(bad.reason, /removed from the end/);
});

test('cutting the tail mid-line behind the checkpoint fails too', async () => {
  const { bad } = await tampered(20, (c) => truncateSync(c.path, readFileSync(c.path).length - 100));
  assert.is(bad.seq, 20);
  assert.match(bad.reason, /removed from the end/);
});

test('editing the checkpoint fails at the checkpoint', async () => {
  const { cfg, bad } = await tampered(20, (c) => {
    const f = `${c.path}.checkpoint`;
    writeFileSync(f, readFileSync(f, 'utf8').replace('"seq":20', '"seq":15'));
  });
  assert.equal(bad, { file: `${cfg.path}.checkpoint`, line: 1, reason: bad.reason });
  assert.match(bad.reason, /signature/);
});

test('deleting the checkpoint fails', async () => {
  const { bad } = await tampered(5, (c) => rmSync(`${c.path}.checkpoint`));
  assert.match(bad.reason, /missing/);
});

test('deleting a rotated middle file fails at the first record after the gap', async () => {
  let second = '';
  let third = '';
  const { bad } = await tampered(
    120,
    (_c, dir) => {
      const rotated = readdirSync(dir).filter((n) => /^audit\.log\.\d+$/.test(n)).sort();
      assert.ok(rotated.length >= 3);
      second = rotated[1]!;
      third = join(dir, rotated[2]!);
      rmSync(join(dir, second));
    },
    { rotate: { max_bytes: 8192 } },
  );
  assert.equal(bad, { file: third, line: 1, seq: Number(third.slice(-12)), reason: bad.reason });
  assert.match(bad.reason, /rotated file or records removed/);
});

test('deleting the first rotated file is a removed head', async () => {
  const { bad } = await tampered(
    60,
    (_c, dir) => rmSync(join(dir, 'audit.log.000000000001')),
    { rotate: { max_bytes: 8192 } },
  );
  assert.is(bad.line, 1);
  assert.match(bad.reason, /head removed/);
});

test('renaming rotated files to reorder them fails', async () => {
  const { bad } = await tampered(
    60,
    (c, dir) => {
      const rotated = readdirSync(dir).filter((n) => /^audit\.log\.\d+$/.test(n)).sort();
      renameSync(join(dir, rotated[1]!), `${c.path}.000000000000`);
    },
    { rotate: { max_bytes: 8192 } },
  );
  assert.match(bad.reason, /file name says/);
});

test('another key fails at the checkpoint, saying so', () =>
  inTempDir(async (dir) => {
    const cfg = await trail(dir, 3);
    const other = new AuditKeys(Buffer.from('another-audit-key-0123456789abcdefghijkl'), 'config');
    const bad = firstBad(await verifyAudit(cfg, other))!;
    assert.match(bad.reason, /another key/);
  }),
);

test('a log cut back and then reopened keeps the evidence in a recovery record that verify reports', () =>
  inTempDir(async (dir) => {
    const cfg = await trail(dir, 20);
    edit(cfg.path, (l) => l.slice(0, 15));
    const w = await AuditWriter.open(cfg, keys, silent);
    await w.append(submit(99));
    await w.close();
    const lines = readLines(cfg.path);
    const recovery = JSON.parse(lines[15]!);
    assert.equal([recovery.reason, recovery.checkpoint_seq, recovery.log_seq], ['log_behind_checkpoint', 20, 15]);
    const bad = firstBad(await verifyAudit(cfg, keys))!;
    assert.equal([bad.line, bad.seq], [16, 16]);
    assert.match(bad.reason, /log_behind_checkpoint/);
  }),
);

test('an unreadable line followed by records is not a torn tail', async () => {
  const { cfg, bad } = await tampered(10, (c) => edit(c.path, (l) => [...l.slice(0, 5), 'garbage', ...l.slice(5)]));
  assert.equal([bad.file, bad.line], [cfg.path, 6]);
});

test('an empty trail verifies with zero records', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    assert.equal(await verifyAudit(cfg, keys), { ok: true, records: 0, files: [], recoveries: 0 });
    const w = await AuditWriter.open(cfg, keys, silent);
    await w.close();
    const res = await verifyAudit(cfg, keys);
    assert.ok(res.ok && res.records === 0 && res.checkpointSeq === 0);
  }),
);

test.run();
