// The built-in policies.
//
// strict (the default) — no identifier and no health information reaches a carrier; messages without
// findings pass byte-identical.
//   identifiers (name, phone, mrn, ssn, ...)       -> redact: the identifier is gone and the rest of the
//                                                     message (an appointment reminder, a callback request)
//                                                     is still useful. Tokenize is not the default because
//                                                     it needs a vault key and a portal to resolve tokens.
//   health (condition, medication, lab, procedure) -> block: redacting the term leaves the meaning ("Your
//                                                     [redacted] results are positive", "your [redacted]
//                                                     refill is ready"), and a clinical message with its
//                                                     subject removed is wrong; the sender gets
//                                                     ESME_RSUBMITFAIL and can send a portal link instead.
//   sensitive classes (HIV/STI, mental health, ...) -> block, and stays block in policies that extend strict
//                                                     and relax a health category.
//   binary (8-bit data that cannot be read)        -> block: what cannot be inspected does not pass.
//   mo                                             -> audit: replies from patients were already carried by the
//                                                     carrier; dropping them protects nothing and loses care
//                                                     messages, so they are inspected and recorded.
//
// monitor — strict's rules, never enforced: every message passes and the decision records what strict would
// have done (`wouldBe`), for rolling phiwall out in front of existing traffic.
import { Status } from '../../codec/status.js';
import { CATEGORIES, HEALTH_CATEGORIES, SENSITIVE_CLASSES, type Category } from '../categories.js';
import { buildPolicy } from './build.js';
import type { Action, Policy, PolicySource } from './types.js';

const HEALTH = new Set<Category>(HEALTH_CATEGORIES);

export const STRICT_SOURCE: PolicySource = {
  mode: 'enforce',
  actions: Object.fromEntries(CATEGORIES.map((c) => [c, HEALTH.has(c) ? 'block' : 'redact'])) as Record<Category, Action>,
  sensitive: Object.fromEntries(SENSITIVE_CLASSES.map((s) => [s, 'block'])),
  binary: 'block',
  refuseStatus: Status.ESME_RSUBMITFAIL,
  mo: 'audit',
  redactText: '[redacted]',
  callbackAllowlist: [],
  mrnPatterns: [],
};

export const DEFAULT_POLICY = 'strict';
export const BUILTIN_NAMES: readonly string[] = ['strict', 'monitor'];

export const BUILTIN_POLICIES: ReadonlyMap<string, Policy> = new Map([
  ['strict', buildPolicy('strict', STRICT_SOURCE)],
  ['monitor', buildPolicy('monitor', { ...STRICT_SOURCE, mode: 'monitor' })],
]);
