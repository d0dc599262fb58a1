import type { Category, SensitiveClass } from '../categories.js';
import type { DetectContext, Finding } from '../types.js';
import type { Vault } from '../vault/types.js';

/** What a policy does with one finding. */
export type Action = 'allow' | 'redact' | 'tokenize' | 'block';
export const ACTIONS = ['allow', 'redact', 'tokenize', 'block'] as const satisfies readonly Action[];

/** What happens to the message. */
export type Verdict = 'allow' | 'block' | 'rewrite';

export type DecisionReason =
  | 'no_findings' // allow: nothing found, text untouched
  | 'allowed' // allow: every finding's action is allow
  | 'policy' // block or rewrite, as the policy says
  | 'monitor' // allow: a monitor-mode policy; wouldBe says what enforcing would do
  | 'mo_audit' // allow: a mobile-originated message under `mo: audit`; wouldBe as above
  | 'binary' // block (or monitor allow): 8-bit data that cannot be inspected
  | 'detector_error' // block: detection threw
  | 'invalid_finding' // block: a detector returned a span outside the text (a bug; fail closed)
  | 'vault_unavailable' // block: tokenize needed but no vault configured
  | 'vault_error'; // block: the vault failed while tokenizing

export interface Policy {
  /** The policy's name. */
  readonly id: string;
  /** Short hash of the compiled rules: changes whenever behaviour could (used in cache keys and the audit). */
  readonly version: string;
  /** enforce, or monitor: always allow and report `wouldBe`. */
  readonly mode: 'enforce' | 'monitor';
  readonly actions: Readonly<Record<Category, Action>>;
  /** Replaces the category's action for findings in these sensitive classes. */
  readonly sensitive: Readonly<Partial<Record<SensitiveClass, Action>>>;
  readonly binary: 'allow' | 'block';
  /** command_status of the submit_sm_resp for a blocked message. */
  readonly refuseStatus: number;
  readonly mo: 'audit' | 'enforce';
  readonly redactText: string;
  readonly detectContext: DetectContext;
  /** The config form (callback numbers and pattern sources), for `extends` and for display. */
  readonly source: PolicySource;
}

/** A policy's rules in config terms; what `extends` copies and what the version hashes. */
export interface PolicySource {
  mode: 'enforce' | 'monitor';
  actions: Record<Category, Action>;
  sensitive: Partial<Record<SensitiveClass, Action>>;
  binary: 'allow' | 'block';
  refuseStatus: number;
  mo: 'audit' | 'enforce';
  redactText: string;
  callbackAllowlist: string[];
  mrnPatterns: string[];
}

export interface Decision {
  action: Verdict;
  /** The rewritten text (only when action is rewrite). */
  text?: string;
  /** command_status to refuse with (only when action is block). */
  status?: number;
  findings: readonly Finding[];
  /** Findings per category. */
  categories: Record<string, number>;
  /** Set when the policy did not enforce (monitor mode, audited MO): what enforcing would have done. */
  wouldBe?: Verdict;
  reason: DecisionReason;
  /** `id@version` of the policy that decided. */
  policy: string;
}

export type Direction = 'mt' | 'mo';

export interface EvaluateDeps {
  detect: (text: string, ctx: DetectContext) => Finding[];
  vault?: Vault;
  /** The ESME's system_id (recorded with tokens). */
  client: string;
  /** mt (submit_sm from an ESME, the default) or mo (deliver_sm towards an ESME). */
  direction?: Direction;
  cache?: DecisionCacheLike;
}

export interface DecisionCacheLike {
  get(policy: Policy, direction: Direction, text: string): Decision | undefined;
  set(policy: Policy, direction: Direction, text: string, decision: Decision): void;
}
