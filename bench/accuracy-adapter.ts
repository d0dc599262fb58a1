// What the carrier would receive for a message: the real policy engine (strict, with the corpus's clinic
// callback numbers on the sender's allow-list), the real detectors, and an in-memory token vault.
import { detect } from '../src/inspection/detect.js';
import type { Finding } from '../src/inspection/types.js';
import { compilePolicy, evaluate, type Policy } from '../src/inspection/policy/index.js';
import { createVault } from '../src/inspection/vault/vault.js';
import { createKvStore } from '../src/store/create.js';
import type { Vault } from '../src/inspection/vault/types.js';
import { silentLogger } from '../src/observability/logger.js';

export interface CarrierView {
  action: 'allow' | 'block' | 'rewrite';
  /** The text sent to the carrier when action is 'rewrite'. */
  text?: string;
  findings: Finding[];
}

const policies = new Map<string, Policy>();
let vault: Vault | undefined;

async function policyFor(base: string, callbacks: ReadonlySet<string>): Promise<Policy> {
  const key = `${base}:${[...callbacks].join(',')}`;
  let p = policies.get(key);
  if (!p) {
    p = compilePolicy({ name: 'bench', extends: base, callback_allowlist: [...callbacks] } as Parameters<typeof compilePolicy>[0]);
    policies.set(key, p);
  }
  vault ??= createVault({ store: await createKvStore({ prefix: 'bench:', log: silentLogger }), log: silentLogger });
  return p;
}

export async function carrierView(text: string, ctx: { callbackAllowList: ReadonlySet<string>; policy?: string }): Promise<CarrierView> {
  const policy = await policyFor(ctx.policy ?? 'strict', ctx.callbackAllowList);
  const d = await evaluate(text, policy, { detect, vault: vault!, client: 'bench' });
  return { action: d.action, ...(d.text !== undefined ? { text: d.text } : {}), findings: [...d.findings] };
}
