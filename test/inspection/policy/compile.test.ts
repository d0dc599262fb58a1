import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILTIN_POLICIES, STRICT_SOURCE } from '../../../src/inspection/policy/builtins.js';
import { compilePolicy, loadPolicies } from '../../../src/inspection/policy/compile.js';
import { policyConfigSchema } from '../../../src/inspection/policy/config-schema.js';

const strict = BUILTIN_POLICIES.get('strict')!;

test('strict: identifiers redact, health blocks, sensitive blocks, binary blocks, 0x45, MO audited', () => {
  assert.is(strict.mode, 'enforce');
  assert.is(strict.actions.name, 'redact');
  assert.is(strict.actions.ssn, 'redact');
  assert.is(strict.actions.phone, 'redact');
  for (const c of ['condition', 'medication', 'lab', 'procedure'] as const) assert.is(strict.actions[c], 'block');
  assert.is(strict.sensitive.hiv_sti, 'block');
  assert.is(strict.binary, 'block');
  assert.is(strict.refuseStatus, 0x45);
  assert.is(strict.mo, 'audit');
  assert.is(BUILTIN_POLICIES.get('monitor')!.mode, 'monitor');
  assert.equal(BUILTIN_POLICIES.get('monitor')!.actions, strict.actions);
});

test('a policy without extends starts from strict; named actions override; default covers the rest', () => {
  const p = loadPolicies([{ name: 'p', actions: { phone: 'tokenize', default: 'allow' } }]).get('p')!;
  assert.is(p.actions.phone, 'tokenize');
  assert.is(p.actions.name, 'allow');
  assert.is(p.actions.condition, 'allow');
  assert.is(p.sensitive.hiv_sti, 'block');
  const q = loadPolicies([{ name: 'q', actions: { zip: 'allow' } }]).get('q')!;
  assert.is(q.actions.zip, 'allow');
  assert.is(q.actions.name, 'redact');
  assert.is(q.actions.lab, 'block');
});

test('sensitive: one action for all classes, or per class with default', () => {
  const all = loadPolicies([{ name: 'p', sensitive: 'redact' }]).get('p')!;
  assert.is(all.sensitive.oncology, 'redact');
  const per = loadPolicies([{ name: 'p', sensitive: { oncology: 'redact', default: 'tokenize' } }]).get('p')!;
  assert.is(per.sensitive.oncology, 'redact');
  assert.is(per.sensitive.hiv_sti, 'tokenize');
});

test('extends chains: monitor mode is inherited; custom policies may extend each other in any order', () => {
  const all = loadPolicies([
    { name: 'child', extends: 'parent', actions: { name: 'tokenize' } },
    { name: 'parent', extends: 'monitor', actions: { zip: 'allow' }, refuse_status: '0x58' },
  ]);
  const child = all.get('child')!;
  assert.is(child.mode, 'monitor');
  assert.is(child.actions.zip, 'allow');
  assert.is(child.actions.name, 'tokenize');
  assert.is(child.refuseStatus, 0x58);
  assert.is(loadPolicies([{ name: 'e', extends: 'monitor', mode: 'enforce' }]).get('e')!.mode, 'enforce');
  assert.ok(all.has('strict') && all.has('monitor'));
});

test('the version changes with the rules and only with them; policies are frozen', () => {
  const a = compilePolicy(policyConfigSchema.parse({ name: 'a', actions: { zip: 'allow' } }));
  const b = compilePolicy(policyConfigSchema.parse({ name: 'b', actions: { zip: 'allow' } }));
  const c = compilePolicy(policyConfigSchema.parse({ name: 'c', actions: { zip: 'redact' } }));
  assert.is(a.version, b.version);
  assert.is(c.version, strict.version);
  assert.is.not(a.version, strict.version);
  assert.ok(Object.isFrozen(a) && Object.isFrozen(a.actions));
  assert.is(STRICT_SOURCE.actions.zip, 'redact'); // compiling did not mutate the built-in
});

test('loadPolicies throws the ZodError with paths on bad input', () => {
  try {
    loadPolicies([{ name: 'p', actions: { phone: 'nope' } }]);
    assert.unreachable();
  } catch (err) {
    assert.equal((err as { issues: { path: unknown[] }[] }).issues[0]!.path, [0, 'actions', 'phone']);
  }
});

test.run();
