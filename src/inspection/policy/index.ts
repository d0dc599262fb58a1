// The policy engine's public surface.
export { BUILTIN_POLICIES, DEFAULT_POLICY, STRICT_SOURCE } from './builtins.js';
export { compilePolicies, compilePolicy, loadPolicies } from './compile.js';
export { policiesConfigSchema, policyConfigSchema, tokenizeConfigSchema, type PolicyConfig } from './config-schema.js';
export { createDecisionCache, noDecisionCache, type DecisionCache, type DecisionCacheOptions } from './decision-cache.js';
export { actionFor, evaluate, evaluateBinary } from './evaluate.js';
export type { Action, Decision, DecisionReason, Direction, EvaluateDeps, Policy, Verdict } from './types.js';
