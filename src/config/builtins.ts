import { BUILTIN_POLICIES } from '../inspection/policy/builtins.js';

/** Policies every config has without declaring them. */
export const BUILTIN_POLICY_NAMES: readonly string[] = [...BUILTIN_POLICIES.keys()];
