import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { policiesConfigSchema } from '../../../src/inspection/policy/config-schema.js';
import { mrnPatternProblem } from '../../../src/inspection/policy/mrn-patterns.js';

/** Issues as the loader will print them, `policies` prefixed. */
function issues(input: unknown): string[] {
  const r = policiesConfigSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${['policies', ...i.path].map((p, n) => (typeof p === 'number' ? `[${p}]` : n ? `.${String(p)}` : String(p))).join('')}: ${i.message}`);
}

const has = (list: string[], prefix: string) => assert.ok(list.some((l) => l.startsWith(prefix)), `${prefix} in\n${list.join('\n')}`);

test('the example policy from the docs parses', () => {
  const r = policiesConfigSchema.parse([
    {
      name: 'clinic',
      extends: 'strict',
      actions: { name: 'redact', phone: 'tokenize', condition: 'block', medication: 'redact', default: 'block' },
      sensitive: 'block',
      binary: 'block',
      refuse_status: 'ESME_RSUBMITFAIL',
      callback_allowlist: ['+1 800 555 0100'],
      mrn_patterns: ['MRN-\\d{7}'],
      mo: 'audit',
      redact_text: '[redacted]',
    },
  ]);
  assert.is(r[0]!.refuse_status, 0x45);
});

test('refuse_status accepts a name, hex or decimal; rejects 0 and unknown names', () => {
  for (const [v, code] of [['ESME_RSUBMITFAIL', 0x45], ['0x45', 0x45], ['69', 69], [69, 69], ['ESME_RX_P_APPN', 0x65], ['0x400', 0x400]] as const) {
    assert.is(policiesConfigSchema.parse([{ name: 'p', refuse_status: v }])[0]!.refuse_status, code);
  }
  for (const bad of ['ESME_ROK', 0, '0x0', 'ESME_NOPE', -1, 1.5, '0x1ffffffff']) has(issues([{ name: 'p', refuse_status: bad }]), 'policies[0].refuse_status:');
});

test('errors carry paths: unknown action, unknown category, unknown field, bad enum', () => {
  const got = issues([{ name: 'ok' }, { name: 'p', actions: { phone: 'blok', phne: 'block' }, binary: 'maybe', mo: 'x', colour: 'red', sensitive: { hiv: 'block' } }]);
  has(got, 'policies[1].actions.phone:');
  has(got, 'policies[1].actions:'); // unrecognized key phne
  has(got, 'policies[1].binary:');
  has(got, 'policies[1].mo:');
  has(got, 'policies[1]:'); // unrecognized key colour
  has(got, 'policies[1].sensitive');
});

test('names: valid, unique, not a built-in; extends must resolve without cycles', () => {
  has(issues([{ name: 'has space' }]), 'policies[0].name:');
  has(issues([{ name: 'a' }, { name: 'a' }]), 'policies[1].name: duplicate');
  has(issues([{ name: 'strict' }]), 'policies[0].name:');
  has(issues([{ name: 'a', extends: 'nope' }]), 'policies[0].extends:');
  const cyc = issues([{ name: 'a', extends: 'b' }, { name: 'b', extends: 'a' }]);
  has(cyc, 'policies[0].extends: extends chain is circular');
  has(cyc, 'policies[1].extends: extends chain is circular');
  assert.equal(issues([{ name: 'a', extends: 'b' }, { name: 'b', extends: 'monitor' }]), []);
});

test('MRN patterns: must compile, must not match empty, no nested quantifiers', () => {
  assert.is(mrnPatternProblem('MRN-\\d{7}'), undefined);
  assert.is(mrnPatternProblem('(?:MRN|MR)[-: ]?\\d{6,10}'), undefined);
  for (const bad of ['(a+)+$', '(\\d{2,})*', '(?:-\\d{3}){2}', '([a-z]+\\d)*x', '(', '\\d*', 'x'.repeat(201)]) {
    assert.ok(mrnPatternProblem(bad), bad);
  }
  const got = issues([{ name: 'p', mrn_patterns: ['MRN-\\d{7}', '(a+)+'] }]);
  has(got, 'policies[0].mrn_patterns[1]: has nested quantifiers');
  assert.is(got.length, 1);
});

test('callback numbers: digits and punctuation only, 3-15 digits', () => {
  assert.equal(issues([{ name: 'p', callback_allowlist: ['+1 800 555 0100', '(617) 555-0199', '12345'] }]), []);
  const got = issues([{ name: 'p', callback_allowlist: ['call me', '12', '+1234567890123456'] }]);
  for (const i of [0, 1, 2]) has(got, `policies[0].callback_allowlist[${i}]:`);
});

test('an empty list is valid; a non-list is not', () => {
  assert.equal(policiesConfigSchema.parse([]), []);
  assert.ok(issues({ name: 'p' }).length > 0);
});

test.run();
