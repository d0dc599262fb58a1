import { createHash } from 'node:crypto';
import { callbackAllowSet } from './callback-allowlist.js';
import { compileMrnPattern } from './mrn-patterns.js';
import type { Policy, PolicySource } from './types.js';

/** A frozen Policy from its rules; the version is a hash of the rules, so equal rules share cache entries. */
export function buildPolicy(id: string, source: PolicySource): Policy {
  const frozen: PolicySource = structuredClone(source);
  const version = createHash('sha256').update(JSON.stringify(frozen)).digest('hex').slice(0, 12);
  return Object.freeze({
    id,
    version,
    mode: frozen.mode,
    actions: Object.freeze(frozen.actions),
    sensitive: Object.freeze(frozen.sensitive),
    binary: frozen.binary,
    refuseStatus: frozen.refuseStatus,
    mo: frozen.mo,
    redactText: frozen.redactText,
    detectContext: Object.freeze({
      callbackAllowList: callbackAllowSet(frozen.callbackAllowlist),
      mrnPatterns: Object.freeze(frozen.mrnPatterns.map(compileMrnPattern)),
    }),
    source: frozen,
  });
}
