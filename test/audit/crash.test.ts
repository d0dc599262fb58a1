// kill -9 during a burst of appends: every append the child saw resolve must be in a trail that verifies.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { verifyAudit } from '../../src/audit/verify.js';
import { AuditWriter } from '../../src/audit/writer.js';
import { config, inTempDir, keys, readLines, silent, TEST_SECRET } from './helpers.js';

const CHILD = fileURLToPath(new URL('./fixtures/crash-child.js', import.meta.url));

function runAndKill(path: string, ackedBeforeKill: number, durability = 'fdatasync'): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path, durability], {
      env: { ...process.env, PHIWALL_AUDIT_KEY: TEST_SECRET },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buf = '';
    const acked: number[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop()!; // a line cut by the kill does not count
      for (const l of lines) if (/^\d+$/.test(l)) acked.push(Number(l));
      if (acked.length >= ackedBeforeKill && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited: ${_code}`))));
  });
}

for (const durability of ['fdatasync', 'write']) {
test(`durability ${durability}: after SIGKILL mid-burst every acknowledged record is present and the trail verifies, before and after repair`, async () => {
  await inTempDir(async (dir) => {
    const cfg = config(dir, { rotate: { max_bytes: 256 * 1024 }, checkpoint_every: 200 });
    for (let round = 0; round < 2; round++) {
      const acked = await runAndKill(cfg.path, 3000, durability);
      assert.ok(acked.length >= 3000);

      const before = await verifyAudit(cfg, keys);
      assert.ok(before.ok, JSON.stringify(before));
      // The chain is contiguous from seq 1, so every acked seq <= records is present.
      if (before.ok) assert.ok(Math.max(...acked) <= before.records, `acked ${Math.max(...acked)} > ${before.records}`);
      assert.is(new Set(acked).size, acked.length, 'no seq acknowledged twice');

      const w = await AuditWriter.open(cfg, keys, silent);
      await w.append({ type: 'admin', event: 'restart-check' });
      await w.close();
      const after = await verifyAudit(cfg, keys);
      assert.ok(after.ok && after.tornTail === undefined, JSON.stringify(after));
      if (before.ok && after.ok) assert.ok(after.records >= before.records + 1);
    }
    const last = readLines(cfg.path).at(-1)!;
    assert.is(JSON.parse(last).event, 'restart-check');
  });
});
}

test.run();
