// The inspection stage as the gateway uses it: compiled policies (built-ins + config), the detector stack,
// the token vault (only when some policy tokenizes) and a decision cache for bulk campaigns. With
// `inspection.workers` > 0, detection runs on a worker pool; the cache, policy and vault stay here.
// Reload compiles the new policies first and swaps them in only when that succeeded.
import type { Config } from '../config/schema.js';
import type { Logger } from '../observability/logger.js';
import { detect } from './detect.js';
import { actionFor, compilePolicies, createDecisionCache, evaluate, noDecisionCache, type Policy, type DecisionCache } from './policy/index.js';
import { createVault } from './vault/vault.js';
import type { Vault } from './vault/types.js';
import { createKvStore } from '../store/create.js';
import type { KvBackend } from '../store/types.js';
import type { RedisConnection } from '../store/redis/connect.js';
import type { Inspector, PolicyView, TextDecision } from './pipeline.js';
import type { PolicyConfig } from './policy/config-schema.js';
import type { Finding } from './types.js';
import { createDetectPool, type DetectPool } from './workers/detect-pool.js';

export interface GatewayInspector extends Inspector {
  reload(cfg: Readonly<Config>): Promise<void>;
  close(): Promise<void>;
  readonly vault: Vault | undefined;
  policyNames(): string[];
  compiled(name: string): Policy | undefined;
}

export interface InspectorOptions {
  log: Logger;
  env: NodeJS.ProcessEnv;
  redisUrl?: string;
  /** Redis by Sentinel, Cluster, TLS or credentials (the config's `redis:`); takes precedence over redisUrl. */
  redis?: RedisConnection;
  /** The detection worker script (tests substitute one that crashes or hangs). */
  detectWorkerUrl?: URL;
}

export async function createInspector(cfg: Readonly<Config>, opts: InspectorOptions): Promise<GatewayInspector> {
  let policies = compilePolicies(cfg.policies as readonly PolicyConfig[]);
  let views = viewsOf(policies);
  let store: KvBackend | undefined;
  let vault: Vault | undefined;
  const cacheEntries = cfg.inspection?.decision_cache ?? 10_000;
  const cache: DecisionCache = cacheEntries > 0 ? createDecisionCache({ maxEntries: cacheEntries }) : noDecisionCache();

  const ensureVault = async (c: Readonly<Config>, ps: Map<string, Policy>) => {
    if (vault || !usesTokenize(ps)) return;
    store = await createKvStore({
      ...(opts.redis ? { redis: opts.redis } : opts.redisUrl ? { redisUrl: opts.redisUrl } : {}),
      prefix: `${c.redis?.prefix ?? 'phiwall:'}vault:`,
      log: opts.log,
    });
    vault = createVault({ ...(c.tokenize ?? {}), store, log: opts.log, env: opts.env });
  };
  await ensureVault(cfg, policies);
  // The pool's size is fixed at start: a reload that changes inspection.workers needs a restart.
  const workers = cfg.inspection?.workers ?? 0;
  const pool: DetectPool | undefined =
    workers > 0
      ? createDetectPool({
          size: workers,
          timeoutMs: cfg.inspection.worker_timeout,
          log: opts.log,
          ...(opts.detectWorkerUrl ? { workerUrl: opts.detectWorkerUrl } : {}),
        })
      : undefined;
  // The main thread's cache answers first; evaluate() is then given the worker's findings, and only stores.
  const storeOnly = { get: () => undefined, set: cache.set.bind(cache) };

  return {
    get vault() {
      return vault;
    },
    policy(name: string): PolicyView {
      return views.get(name) ?? views.get('strict')!;
    },
    policyNames: () => [...policies.keys()],
    compiled: (name) => policies.get(name),
    async evaluate(text, policyName, client, direction = 'mt'): Promise<TextDecision> {
      // An unknown name cannot happen after config validation; strict is the safe reading if it does.
      const policy = policies.get(policyName) ?? policies.get('strict')!;
      const d = pool
        ? (cache.get(policy, direction, text) ??
          (await evaluate(text, policy, { detect: await detectOnPool(pool, text, policy), client, direction, cache: storeOnly, ...(vault ? { vault } : {}) })))
        : await evaluate(text, policy, { detect, client, direction, cache, ...(vault ? { vault } : {}) });
      return {
        action: d.action,
        categories: d.categories,
        reason: d.reason,
        ...(d.text !== undefined ? { text: d.text } : {}),
        ...(d.status !== undefined ? { status: d.status } : {}),
        ...(d.wouldBe ? { wouldBe: d.wouldBe } : {}),
        ...(d.action === 'rewrite' ? { applied: appliedActions(d.findings, policy) } : {}),
      };
    },
    async reload(next) {
      const compiled = compilePolicies(next.policies as readonly PolicyConfig[]);
      await ensureVault(next, compiled);
      policies = compiled;
      views = viewsOf(compiled);
      cache.clear();
    },
    async close() {
      await pool?.close();
      await store?.close();
    },
  };
}

/**
 * The worker's findings as the synchronous detect() evaluate() expects; a worker failure becomes a detect()
 * that throws, so evaluate() refuses the message exactly as for a detector that throws inline.
 */
async function detectOnPool(pool: DetectPool, text: string, policy: Policy): Promise<() => Finding[]> {
  try {
    const findings = await pool.detect(text, policy);
    return () => findings;
  } catch (err) {
    return () => {
      throw err;
    };
  }
}

function appliedActions(findings: readonly Finding[], policy: Policy): Partial<Record<'redact' | 'tokenize', number>> {
  const out: Partial<Record<'redact' | 'tokenize', number>> = {};
  for (const f of findings) {
    const a = actionFor(f, policy);
    if (a === 'redact' || a === 'tokenize') out[a] = (out[a] ?? 0) + 1;
  }
  return out;
}

function viewsOf(policies: Map<string, Policy>): Map<string, PolicyView> {
  const out = new Map<string, PolicyView>();
  for (const [name, p] of policies) {
    out.set(name, {
      name,
      version: p.version,
      binary: p.binary,
      refuseStatus: p.refuseStatus,
      mo: p.mo,
      passive: p.mode === 'monitor',
      mayWait: usesTokenize(new Map([[name, p]])),
    });
  }
  return out;
}

function usesTokenize(policies: Map<string, Policy>): boolean {
  for (const p of policies.values()) {
    if (Object.values(p.actions).includes('tokenize') || Object.values(p.sensitive).includes('tokenize')) return true;
  }
  return false;
}
