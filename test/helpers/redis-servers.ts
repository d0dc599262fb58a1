// Private Redis servers for one test file: a Sentinel set (master, replica, one sentinel) or a three-master
// Cluster, each a `redis-server` child process on free loopback ports in a temporary directory, without
// persistence. Never the shared Redis on 6379. Every wait is bounded; `stop` kills by PID and removes the
// directory, and anything still running when the process exits is killed then.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import { freePort, sleep } from './net.js';

const HOST = '127.0.0.1';
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) if (p.pid !== undefined) safeKill(p.pid, 'SIGKILL');
});

function safeKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

let installed: boolean | undefined;

/** Whether `redis-server` (and `redis-cli`) can be run here. */
export function redisServerInstalled(): boolean {
  installed ??= ['redis-server', 'redis-cli'].every((bin) => spawnSync(bin, ['--version'], { timeout: 3000, stdio: 'ignore' }).status === 0);
  return installed;
}

let warned = false;

/**
 * Whether to register the private-server tests on `suite`. Without `redis-server`: with PHIWALL_REQUIRE_REDIS=1
 * a failing test is registered instead; otherwise a skipped test and one visible note.
 */
export function redisServersGate(suite: Test): boolean {
  if (redisServerInstalled()) return true;
  if (process.env.PHIWALL_REQUIRE_REDIS === '1') {
    suite('redis-server is installed (PHIWALL_REQUIRE_REDIS=1)', () => {
      assert.unreachable('redis-server / redis-cli not found; the Sentinel and Cluster tests cannot run');
    });
    return false;
  }
  if (!warned) {
    warned = true;
    console.warn('NOTE: redis-server not found; Redis Sentinel/Cluster tests are SKIPPED (set PHIWALL_REQUIRE_REDIS=1 to fail instead)');
  }
  suite.skip('Redis Sentinel/Cluster tests (redis-server not installed)');
  return false;
}

export interface RedisProcess {
  readonly name: string;
  readonly port: number;
  readonly pid: number;
  /** Whether the process is still running. */
  readonly running: boolean;
  /** SIGKILL (a crash: nothing flushed, no goodbye to replicas or sentinels); resolves once it has exited. */
  kill(): Promise<void>;
}

/** One command on a short-lived connection: no retries, no offline queue, bounded. */
export async function ask(port: number, args: (string | number)[], timeoutMs = 1000): Promise<unknown> {
  const r = new Redis({ host: HOST, port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: timeoutMs, commandTimeout: timeoutMs });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return await r.call(String(args[0]), ...args.slice(1).map(String));
  } finally {
    r.disconnect();
  }
}

/** Polls `check` (errors count as "not yet") until it is true; throws after `timeoutMs`, naming `what`. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number, stepMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(stepMs);
  }
}

/** Resolves when `p` does or after `ms`, whichever is first (and leaves no timer behind). */
function within(ms: number, p: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).then(() => clearTimeout(timer));
}

const infoField = (info: unknown, field: string) => new RegExp(`^${field}:(.*)$`, 'm').exec(String(info))?.[1]?.trim();

class Servers {
  readonly dir = mkdtempSync(join(tmpdir(), 'phiwall-redis-'));
  readonly procs: RedisProcess[] = [];

  /** Starts `redis-server [conf] --port <free> ...args` (`{port}` in an arg becomes the port) and waits until it answers PING; a taken port: another. */
  async start(name: string, args: string[], conf?: string): Promise<RedisProcess> {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const log = join(this.dir, `${name}.log`);
      const argv = [
        ...(conf ? [conf] : []),
        '--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--daemonize', 'no',
        '--dir', this.dir, '--logfile', log, ...args.map((a) => a.replace('{port}', String(port))),
      ];
      const child = spawn('redis-server', argv, { stdio: 'ignore' });
      live.add(child);
      let exited = false;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      void gone.then(() => {
        exited = true;
        live.delete(child);
      });
      try {
        await waitUntil(`${name} on port ${port}`, async () => {
          if (exited) throw new Error('exited');
          return (await ask(port, ['PING'], 300)) === 'PONG';
        }, 5000);
      } catch (err) {
        if (!exited) {
          safeKill(child.pid!, 'SIGKILL');
          await within(2000, gone);
        }
        if (attempt < 3) continue; // most likely the port was taken between freePort and the bind
        throw new Error(`${(err as Error).message}; log: ${this.tail(log)}`);
      }
      const p: RedisProcess = {
        name,
        port,
        pid: child.pid!,
        get running() {
          return !exited;
        },
        kill: async () => {
          if (exited) return;
          safeKill(child.pid!, 'SIGKILL');
          await within(3000, gone);
        },
      };
      this.procs.push(p);
      return p;
    }
  }

  tail(file: string): string {
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-8).join(' | ') : '(no log)';
  }

  async stop(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.kill()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface SentinelSet {
  /** The master name the sentinel monitors. */
  readonly name: string;
  readonly master: RedisProcess;
  readonly replica: RedisProcess;
  readonly sentinel: RedisProcess;
  /** The master's port as the sentinel reports it now. */
  masterPort(): Promise<number>;
  /** Waits (bounded) until the sentinel names `replica` as the master and it says so itself. */
  waitForFailover(timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A master, a replica of it, and one sentinel (quorum 1, down after 1 s, failover timeout 3 s), started in
 * that order: the sentinel discovers the replica from the master's INFO when it first connects, and would
 * otherwise take ten seconds to see it.
 */
export async function startSentinelSet(name = 'phiwall'): Promise<SentinelSet> {
  const s = new Servers();
  try {
    // Full sync at once: the default waits 5 s for more replicas before a diskless transfer.
    const sync = ['--repl-diskless-sync-delay', '0'];
    const master = await s.start('master', sync);
    const replica = await s.start('replica', [...sync, '--replicaof', HOST, String(master.port)]);
    await waitUntil('the replica to sync', async () => infoField(await ask(replica.port, ['INFO', 'replication']), 'master_link_status') === 'up', 10_000);
    // Sentinel rewrites its config file (state, discovered replicas), so the file lives in the temp dir.
    const conf = join(s.dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `sentinel monitor ${name} ${HOST} ${master.port} 1`,
        `sentinel down-after-milliseconds ${name} 1000`,
        `sentinel failover-timeout ${name} 3000`,
        `sentinel parallel-syncs ${name} 1`,
        '',
      ].join('\n'),
    );
    const sentinel = await s.start('sentinel', ['--sentinel'], conf);
    await waitUntil('the sentinel to see the replica', async () => {
      const replicas = (await ask(sentinel.port, ['SENTINEL', 'REPLICAS', name])) as string[][];
      return replicas.some((r) => fields(r).port === String(replica.port) && !/down|disconnected/.test(fields(r).flags ?? ''));
    }, 10_000);
    const masterPort = async () => Number(((await ask(sentinel.port, ['SENTINEL', 'GET-MASTER-ADDR-BY-NAME', name])) as string[])[1]);
    return {
      name,
      master,
      replica,
      sentinel,
      masterPort,
      waitForFailover: (timeoutMs) =>
        waitUntil('the sentinel to promote the replica', async () => {
          if ((await masterPort()) !== replica.port) return false;
          return ((await ask(replica.port, ['ROLE'])) as unknown[])[0] === 'master';
        }, timeoutMs, 100),
      stop: () => s.stop(),
    };
  } catch (err) {
    await s.stop();
    throw err;
  }
}

/** A flat [k, v, k, v, ...] reply as an object. */
function fields(flat: string[]): Record<string, string> {
  const o: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) o[flat[i]!] = flat[i + 1]!;
  return o;
}

export interface RedisClusterSet {
  readonly nodes: readonly RedisProcess[];
  /** Seed nodes for `redis: { cluster }`. */
  readonly seeds: { host: string; port: number }[];
  stop(): Promise<void>;
}

/** Three masters (no replicas) joined with `redis-cli --cluster create`; resolves once every node says ok. */
export async function startRedisCluster(): Promise<RedisClusterSet> {
  const s = new Servers();
  try {
    const nodes: RedisProcess[] = [];
    for (let i = 1; i <= 3; i++) {
      // The bus port is chosen too: the default (port + 10000) may be taken, or past 65535.
      const bus = await freePort();
      nodes.push(
        await s.start(`node${i}`, [
          '--cluster-enabled', 'yes',
          '--cluster-config-file', join(s.dir, 'nodes-{port}.conf'),
          '--cluster-node-timeout', '2000',
          '--cluster-port', String(bus),
        ]),
      );
    }
    await new Promise<void>((resolve, reject) =>
      execFile(
        'redis-cli',
        ['--cluster', 'create', ...nodes.map((n) => `${HOST}:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'],
        { timeout: 20_000 },
        (err, _stdout, stderr) => (err ? reject(new Error(`redis-cli --cluster create failed: ${err.message} ${stderr}`)) : resolve()),
      ),
    );
    for (const n of nodes) {
      await waitUntil(`cluster_state:ok on ${n.name}`, async () => {
        const info = await ask(n.port, ['CLUSTER', 'INFO']);
        return infoField(info, 'cluster_state') === 'ok' && infoField(info, 'cluster_slots_ok') === '16384' && infoField(info, 'cluster_known_nodes') === '3';
      }, 10_000);
    }
    return { nodes, seeds: nodes.map((n) => ({ host: HOST, port: n.port })), stop: () => s.stop() };
  } catch (err) {
    await s.stop();
    throw err;
  }
}
