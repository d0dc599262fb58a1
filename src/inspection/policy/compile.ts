// Parsed config -> Policy. A custom policy starts from what it extends (strict when omitted); `default`
// in actions applies to the categories not named; a single `sensitive` action applies to every class.
import { CATEGORIES, SENSITIVE_CLASSES, type Category, type SensitiveClass } from '../categories.js';
import { BUILTIN_POLICIES, DEFAULT_POLICY } from './builtins.js';
import { buildPolicy } from './build.js';
import { policiesConfigSchema, type PolicyConfig } from './config-schema.js';
import type { Action, Policy, PolicySource } from './types.js';

/** One custom policy, given the policies it may extend (built-ins and those compiled before it). */
export function compilePolicy(cfg: PolicyConfig, known: ReadonlyMap<string, Policy> = BUILTIN_POLICIES): Policy {
  const base = known.get(cfg.extends ?? DEFAULT_POLICY);
  if (!base) throw new Error(`policy extends an unknown policy`);
  const src: PolicySource = structuredClone(base.source);

  if (cfg.mode) src.mode = cfg.mode;
  if (cfg.actions) {
    const { default: rest, ...named } = cfg.actions;
    if (rest) for (const c of CATEGORIES) if (!(c in named)) src.actions[c] = rest;
    for (const [c, a] of Object.entries(named)) if (a) src.actions[c as Category] = a;
  }
  if (typeof cfg.sensitive === 'string') {
    for (const s of SENSITIVE_CLASSES) src.sensitive[s] = cfg.sensitive;
  } else if (cfg.sensitive) {
    const { default: rest, ...named } = cfg.sensitive;
    if (rest) for (const s of SENSITIVE_CLASSES) if (!(s in named)) src.sensitive[s] = rest;
    for (const [s, a] of Object.entries(named)) if (a) src.sensitive[s as SensitiveClass] = a as Action;
  }
  if (cfg.binary) src.binary = cfg.binary;
  if (cfg.refuse_status !== undefined) src.refuseStatus = cfg.refuse_status;
  if (cfg.mo) src.mo = cfg.mo;
  if (cfg.redact_text !== undefined) src.redactText = cfg.redact_text;
  if (cfg.callback_allowlist) src.callbackAllowlist = [...cfg.callback_allowlist];
  if (cfg.mrn_patterns) src.mrnPatterns = [...cfg.mrn_patterns];
  return buildPolicy(cfg.name, src);
}

/**
 * Every policy by name: the built-ins plus the custom list (validated by policiesConfigSchema, so names are
 * unique and `extends` chains resolve), each compiled after the policy it extends.
 */
export function compilePolicies(list: readonly PolicyConfig[], builtins: ReadonlyMap<string, Policy> = BUILTIN_POLICIES): Map<string, Policy> {
  const out = new Map(builtins);
  const byName = new Map(list.map((p) => [p.name, p]));
  const visiting = new Set<string>();
  const resolve = (cfg: PolicyConfig): void => {
    if (out.has(cfg.name) && !builtins.has(cfg.name)) return;
    if (visiting.has(cfg.name)) throw new Error('policy extends chain is circular');
    visiting.add(cfg.name);
    const parent = cfg.extends !== undefined ? byName.get(cfg.extends) : undefined;
    if (parent) resolve(parent);
    out.set(cfg.name, compilePolicy(cfg, out));
    visiting.delete(cfg.name);
  };
  for (const cfg of list) resolve(cfg);
  return out;
}

/** Parse + compile in one step, for tests and `phiwall scan`; throws the ZodError (with paths) on bad input. */
export function loadPolicies(input: unknown): Map<string, Policy> {
  return compilePolicies(policiesConfigSchema.parse(input));
}
