// Policy evaluation: detect, give each finding its action, decide. Verdicts are values; nothing here throws
// for a message. Fail closed: a detector that throws or reports an impossible span, or a vault that fails,
// blocks the message with the refuse status (a monitor-mode policy still passes it, reporting wouldBe).
import { isCategory } from '../categories.js';
import { mergeSpans } from '../actions/merge-spans.js';
import { rewrite } from '../actions/rewrite.js';
import type { RewriteSpan } from '../actions/types.js';
import type { Finding } from '../types.js';
import type { Action, Decision, DecisionReason, Direction, EvaluateDeps, Policy, Verdict } from './types.js';

export function actionFor(f: Finding, policy: Policy): Action {
  return (f.sensitive && policy.sensitive[f.sensitive]) || policy.actions[f.category];
}

interface Plan {
  verdict: Verdict;
  spans: RewriteSpan[];
}

/** What enforcing the policy would do with these findings (without touching the vault). */
export function plan(text: string, findings: readonly Finding[], policy: Policy): Plan {
  const spans: RewriteSpan[] = [];
  for (const f of findings) {
    const action = actionFor(f, policy);
    if (action === 'block') return { verdict: 'block', spans: [] };
    if (action === 'redact' || action === 'tokenize') spans.push({ start: f.start, end: f.end, action, category: f.category });
  }
  return spans.length === 0 ? { verdict: 'allow', spans } : { verdict: 'rewrite', spans: mergeSpans(text, spans) };
}

function validFinding(f: Finding, length: number): boolean {
  return (
    typeof f === 'object' && f !== null &&
    Number.isInteger(f.start) && Number.isInteger(f.end) &&
    f.start >= 0 && f.start < f.end && f.end <= length &&
    isCategory(f.category)
  );
}

function countCategories(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}

function enforces(policy: Policy, direction: Direction): DecisionReason | undefined {
  if (policy.mode === 'monitor') return 'monitor';
  if (direction === 'mo' && policy.mo === 'audit') return 'mo_audit';
  return undefined;
}

/** Refuse (or, when not enforcing, pass with wouldBe: block). */
function refuse(policy: Policy, direction: Direction, reason: DecisionReason, findings: readonly Finding[]): Decision {
  const base = { findings, categories: countCategories(findings), policy: `${policy.id}@${policy.version}` };
  if (enforces(policy, direction)) return { ...base, action: 'allow', wouldBe: 'block', reason };
  return { ...base, action: 'block', status: policy.refuseStatus, reason };
}

/** 8-bit data that cannot be read as text: the policy's `binary` rule. */
export function evaluateBinary(policy: Policy, direction: Direction = 'mt'): Decision {
  if (policy.binary === 'block') return refuse(policy, direction, 'binary', []);
  return { action: 'allow', findings: [], categories: {}, reason: 'allowed', policy: `${policy.id}@${policy.version}` };
}

export async function evaluate(text: string, policy: Policy, deps: EvaluateDeps): Promise<Decision> {
  const direction = deps.direction ?? 'mt';
  const hit = deps.cache?.get(policy, direction, text);
  if (hit) return hit;

  let findings: Finding[];
  try {
    findings = deps.detect(text, policy.detectContext);
  } catch {
    return refuse(policy, direction, 'detector_error', []);
  }
  if (!Array.isArray(findings)) return refuse(policy, direction, 'invalid_finding', []);
  if (!findings.every((f) => validFinding(f, text.length))) {
    return refuse(policy, direction, 'invalid_finding', findings.filter((f) => validFinding(f, text.length)));
  }

  const id = `${policy.id}@${policy.version}`;
  const categories = countCategories(findings);
  const { verdict, spans } = plan(text, findings, policy);
  let decision: Decision;
  const notEnforcing = enforces(policy, direction);
  if (notEnforcing) {
    decision = { action: 'allow', findings, categories, wouldBe: verdict, reason: notEnforcing, policy: id };
  } else if (verdict === 'allow') {
    decision = { action: 'allow', findings, categories, reason: findings.length ? 'allowed' : 'no_findings', policy: id };
  } else if (verdict === 'block') {
    decision = { action: 'block', status: policy.refuseStatus, findings, categories, reason: 'policy', policy: id };
  } else {
    const tokenizes = spans.some((s) => s.action === 'tokenize');
    if (!deps.vault && tokenizes) return refuse(policy, direction, 'vault_unavailable', findings);
    try {
      const rewritten = await rewrite(text, spans, { redactText: policy.redactText, vault: deps.vault, client: deps.client });
      decision = { action: 'rewrite', text: rewritten, findings, categories, reason: 'policy', policy: id };
    } catch {
      return refuse(policy, direction, 'vault_error', findings);
    }
    // A rewrite with tokens is never cached: each message gets fresh tokens. A redaction is a pure function
    // of (policy, text), and templates with a false-positive name or a redacted id repeat like any other.
    if (tokenizes) return decision;
  }
  deps.cache?.set(policy, direction, text, decision);
  return decision;
}
