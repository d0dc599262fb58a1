// The inspection pipeline's verdict step: every readable text unit goes through the client's policy; binary
// units are decided by the policy's `binary` rule. The first block wins. Fail closed: an error or a timeout
// in any step blocks the message (unlike Haraka, which lets mail through).
export type Action = 'allow' | 'block' | 'rewrite';

/** What a policy decided for one text (the policy engine's Decision, as the pipeline uses it). */
export interface TextDecision {
  action: Action;
  text?: string;
  status?: number;
  categories: Record<string, number>;
  /** Under `monitor`: what strict would have done. */
  wouldBe?: Action;
  reason?: string;
  /** For a rewrite: how many findings were redacted and how many tokenized. */
  applied?: Partial<Record<'redact' | 'tokenize', number>>;
}

export interface PolicyView {
  name: string;
  version: string;
  binary: 'allow' | 'block';
  refuseStatus: number;
  mo: 'audit' | 'enforce';
  /** monitor-style policies pass everything and only record. */
  passive: boolean;
}

export interface Inspector {
  policy(name: string): PolicyView;
  evaluate(text: string, policyName: string, client: string, direction?: 'mt' | 'mo'): Promise<TextDecision>;
}

export interface TextUnit {
  text?: string | undefined;
  unreadable?: string | undefined;
}

export interface Verdict {
  action: Action;
  status: number;
  categories: Record<string, number>;
  /** For rewrite: the new text of each unit (undefined = unchanged). */
  texts?: (string | undefined)[];
  wouldBe?: Action;
  reason?: string;
  applied?: Partial<Record<'redact' | 'tokenize', number>>;
  policy: PolicyView;
}

export async function inspectUnits(
  units: readonly TextUnit[],
  policyName: string,
  client: string,
  inspector: Inspector,
  timeoutMs: number,
  direction: 'mt' | 'mo' = 'mt',
): Promise<Verdict> {
  const policy = inspector.policy(policyName);
  const categories: Record<string, number> = {};
  const texts: (string | undefined)[] = [];
  let action: Action = 'allow';
  let wouldBe: Action | undefined;
  let reason: string | undefined;
  const applied: Partial<Record<'redact' | 'tokenize', number>> = {};
  try {
    for (const u of units) {
      if (u.text === undefined) {
        categories.binary = (categories.binary ?? 0) + 1;
        const enforcing = !policy.passive && (direction === 'mt' || policy.mo === 'enforce');
        if (policy.binary === 'block' && enforcing) return block(policy, categories, `unreadable: ${u.unreadable ?? 'binary'}`);
        if (policy.binary === 'block') wouldBe = 'block';
        texts.push(undefined);
        continue;
      }
      const d = await withTimeout(inspector.evaluate(u.text, policyName, client, direction), timeoutMs);
      for (const [k, n] of Object.entries(d.categories)) categories[k] = (categories[k] ?? 0) + n;
      if (d.wouldBe && d.wouldBe !== 'allow') wouldBe = wouldBe === 'block' ? 'block' : d.wouldBe;
      if (d.action === 'block') return block(policy, categories, d.reason ?? 'policy', d.status);
      if (d.action === 'rewrite' && d.text !== undefined && d.text !== u.text) {
        action = 'rewrite';
        texts.push(d.text);
        for (const [k, n] of Object.entries(d.applied ?? {}) as ['redact' | 'tokenize', number][]) applied[k] = (applied[k] ?? 0) + n;
      } else texts.push(undefined);
    }
  } catch {
    // Fail closed. The error itself may mention content, so it is not passed on.
    return block(policy, categories, 'inspection failed');
  }
  return {
    action,
    status: 0,
    categories,
    policy,
    ...(action === 'rewrite' ? { texts, applied } : {}),
    ...(wouldBe ? { wouldBe } : {}),
    ...(reason ? { reason } : {}),
  };
}

function block(policy: PolicyView, categories: Record<string, number>, reason: string, status?: number): Verdict {
  return { action: 'block', status: status ?? policy.refuseStatus, categories, reason, policy };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  if (ms <= 0) return p;
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('inspection timeout')), ms);
    }),
  ]);
}
