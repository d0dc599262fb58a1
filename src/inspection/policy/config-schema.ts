// The `policies:` config section: a list of custom policies, each optionally extending a built-in or another
// custom policy. Validation only; compilePolicies turns the parsed list into Policy objects. Issues carry
// paths (`[0].actions.phone`) for the loader to prefix with `policies`.
import { z } from 'zod';
import { parseStatus, Status } from '../../codec/status.js';
import { CATEGORIES, SENSITIVE_CLASSES } from '../categories.js';
import { BUILTIN_NAMES } from './builtins.js';
import { callbackNumberProblem } from './callback-allowlist.js';
import { mrnPatternProblem } from './mrn-patterns.js';
import { ACTIONS } from './types.js';

export { tokenizeConfigSchema } from '../vault/config-schema.js';

const actionSchema = z.enum(ACTIONS);

const refuseStatusSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const code = parseStatus(v);
  if (code === undefined || code === Status.ESME_ROK) {
    ctx.addIssue({ code: 'custom', message: 'must be a non-zero command_status: a name (ESME_RSUBMITFAIL), 0x45 or 69' });
    return z.NEVER;
  }
  return code;
});

/** A string refused with the message `problem` returns (undefined: accepted). */
function checkedString(problem: (v: string) => string | undefined) {
  return z.string().superRefine((v, ctx) => {
    const message = problem(v);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

export const POLICY_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

export const policyConfigSchema = z
  .object({
    name: z.string().regex(POLICY_NAME_PATTERN, 'must be 1-64 characters: letters, digits, _ -'),
    /** A built-in (strict, monitor) or another policy in the list; omitted means strict. */
    extends: z.string().optional(),
    /** monitor: always allow, report what would have happened. Inherited when omitted. */
    mode: z.enum(['enforce', 'monitor']).optional(),
    /** category -> action; `default` covers the categories not named here. */
    actions: z.partialRecord(z.enum([...CATEGORIES, 'default']), actionSchema).optional(),
    /** Action for findings in a sensitive class; one action for all, or per class with `default`. */
    sensitive: z.union([actionSchema, z.partialRecord(z.enum([...SENSITIVE_CLASSES, 'default']), actionSchema)]).optional(),
    binary: z.enum(['allow', 'block']).optional(),
    refuse_status: refuseStatusSchema.optional(),
    callback_allowlist: z.array(checkedString(callbackNumberProblem)).max(1000).optional(),
    mrn_patterns: z.array(checkedString(mrnPatternProblem)).max(50).optional(),
    mo: z.enum(['audit', 'enforce']).optional(),
    redact_text: z.string().max(40).optional(),
  })
  .strict();

export const policiesConfigSchema = z.array(policyConfigSchema).superRefine((list, ctx) => {
  const index = new Map<string, number>();
  list.forEach((p, i) => {
    if (BUILTIN_NAMES.includes(p.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'is the name of a built-in policy' });
    else if (index.has(p.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'duplicate policy name' });
    else index.set(p.name, i);
  });
  list.forEach((p, i) => {
    if (p.extends === undefined || BUILTIN_NAMES.includes(p.extends)) return;
    if (!index.has(p.extends)) {
      ctx.addIssue({ code: 'custom', path: [i, 'extends'], message: `must be a built-in (${BUILTIN_NAMES.join(', ')}) or a policy in this list` });
      return;
    }
    // Follow the chain; coming back to i is a cycle.
    const seen = new Set<number>([i]);
    for (let name: string | undefined = p.extends; name !== undefined && !BUILTIN_NAMES.includes(name); ) {
      const j = index.get(name);
      if (j === undefined) return;
      if (seen.has(j)) {
        ctx.addIssue({ code: 'custom', path: [i, 'extends'], message: 'extends chain is circular' });
        return;
      }
      seen.add(j);
      name = list[j]!.extends;
    }
  });
});

export type PolicyConfig = z.output<typeof policyConfigSchema>;
export type PoliciesConfigInput = z.input<typeof policiesConfigSchema>;
