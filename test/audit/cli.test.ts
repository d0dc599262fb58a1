import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runAudit } from '../../src/cli/audit.js';
import { config, inTempDir, readLines, writeLines, writeTrail } from './helpers.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, deps: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {} } };
}

test('audit verify exits 0 when intact and 1 naming the first bad record after tampering', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    await writeTrail(cfg, 10);
    const loaded: string[] = [];
    const loadConfig = async (file: string) => {
      loaded.push(file);
      return { audit: cfg };
    };

    let t = io();
    assert.is(await runAudit(['verify', '--config', '/etc/phiwall.yaml'], { ...t.deps, loadConfig }), 0);
    assert.equal(loaded, ['/etc/phiwall.yaml']);
    assert.match(t.out.join('\n'), /intact: 10 records/);

    writeLines(cfg.path, readLines(cfg.path).map((l, i) => (i === 3 ? l.replace('"latency_us":420', '"latency_us":421') : l)));
    t = io();
    assert.is(await runAudit(['verify', '--config=/etc/phiwall.yaml'], { ...t.deps, loadConfig }), 1);
    assert.match(t.out.join('\n'), /first bad: .*audit\.log line 4 seq 4: mac mismatch/);
    assert.not.ok(t.out.join('\n').includes(readFileSync(cfg.path, 'utf8').slice(0, 20)));
  }),
);

test('audit verify exits 2 for usage, config and key problems', () =>
  inTempDir(async (dir) => {
    const cfg = config(dir);
    const loadConfig = async () => ({ audit: cfg });
    for (const argv of [[], ['verify'], ['verify', '--config'], ['frobnicate', '--config', 'x'], ['verify', '--config', 'x', '--extra']]) {
      assert.is(await runAudit(argv, { ...io().deps, loadConfig }), 2, argv.join(' '));
    }
    const failing = async () => {
      throw new Error('no such file');
    };
    assert.is(await runAudit(['verify', '--config', 'x'], { ...io().deps, loadConfig: failing }), 2);
    const noKey = async () => ({ audit: { ...cfg, key: undefined } });
    const t = io();
    assert.is(await runAudit(['verify', '--config', 'x'], { ...t.deps, loadConfig: noKey }), 2);
    assert.match(t.err.join('\n'), /no audit key/);
    const invalid = async () => ({ audit: { path: '' } as never });
    assert.is(await runAudit(['verify', '--config', 'x'], { ...io().deps, loadConfig: invalid }), 2);
  }),
);

test.run();
