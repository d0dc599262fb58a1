// Fake detection for policy tests (the real detectors are written elsewhere): findings at fixed offsets.
import type { Category, SensitiveClass } from '../../../src/inspection/categories.js';
import type { DetectContext, Finding } from '../../../src/inspection/types.js';
import { createVault } from '../../../src/inspection/vault/vault.js';
import type { Vault } from '../../../src/inspection/vault/types.js';
import { createMemoryKvStore } from '../../../src/store/memory/memory-kv-store.js';
import { silentLog } from '../../store/helpers.js';

export function finding(text: string, needle: string, category: Category, sensitive?: SensitiveClass): Finding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error('fixture needle not in text');
  return { category, start, end: start + needle.length, detector: 'fake', ...(sensitive ? { sensitive } : {}) };
}

/** A detect function returning these findings, recording the context it was given. */
export function fakeDetect(findings: Finding[]): ((text: string, ctx: DetectContext) => Finding[]) & { calls: number; ctx?: DetectContext } {
  const fn = Object.assign(
    (_text: string, ctx: DetectContext) => {
      fn.calls++;
      fn.ctx = ctx;
      return findings.map((f) => ({ ...f }));
    },
    { calls: 0, ctx: undefined as DetectContext | undefined },
  );
  return fn;
}

export const throwingDetect = () => {
  throw new Error('detector bug');
};

export function memoryVault(): Vault {
  return createVault({ store: createMemoryKvStore(), log: silentLog, keys: [{ id: 'k1', key: Buffer.alloc(32, 3) }] });
}

/** A vault whose storage is down (what a Redis outage looks like to the policy). */
export const failingVault: Vault = {
  tokenize: () => Promise.reject(new Error('store unavailable')),
  detokenize: () => Promise.reject(new Error('store unavailable')),
  render: (t) => `[PHI:${t}]`,
};
