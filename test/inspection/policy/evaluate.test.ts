import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Status } from '../../../src/codec/status.js';
import { CATEGORIES, HEALTH_CATEGORIES } from '../../../src/inspection/categories.js';
import { BUILTIN_POLICIES } from '../../../src/inspection/policy/builtins.js';
import { loadPolicies } from '../../../src/inspection/policy/compile.js';
import { evaluate, evaluateBinary } from '../../../src/inspection/policy/evaluate.js';
import type { Policy } from '../../../src/inspection/policy/types.js';
import { failingVault, fakeDetect, finding, memoryVault, throwingDetect } from './fixtures.js';

const strict = BUILTIN_POLICIES.get('strict')!;
const monitor = BUILTIN_POLICIES.get('monitor')!;
const custom = (cfg: object): Policy => loadPolicies([{ name: 'p', ...cfg }]).get('p')!;

const actions = suite('evaluate: actions');

actions('no findings: allow, no text (the PDU goes out byte-identical)', async () => {
  const d = await evaluate('Your appointment is confirmed.', strict, { detect: fakeDetect([]), client: 'c' });
  assert.equal(d, { action: 'allow', findings: [], categories: {}, reason: 'no_findings', policy: `strict@${strict.version}` });
  assert.is(d.text, undefined);
});

actions('redact: an identifier is replaced by the redaction text', async () => {
  const text = 'Hi Ann Lee, call us back';
  const d = await evaluate(text, strict, { detect: fakeDetect([finding(text, 'Ann Lee', 'name')]), client: 'c' });
  assert.is(d.action, 'rewrite');
  assert.is(d.text, 'Hi [redacted], call us back');
  assert.equal(d.categories, { name: 1 });
  assert.is(d.reason, 'policy');
});

actions('tokenize: the span becomes a vault token that detokenizes to it', async () => {
  const text = 'Your MRN 1234567 is on file';
  const vault = memoryVault();
  const d = await evaluate(text, custom({ actions: { mrn: 'tokenize' } }), { detect: fakeDetect([finding(text, '1234567', 'mrn')]), vault, client: 'clinic-a' });
  assert.is(d.action, 'rewrite');
  const token = /\[PHI:(\w+)\]/.exec(d.text!)![1]!;
  assert.is(d.text, `Your MRN [PHI:${token}] is on file`);
  const back = await vault.detokenize(token);
  assert.is(back?.value, '1234567');
  assert.is(back?.client, 'clinic-a');
  assert.is(back?.category, 'mrn');
});

actions('block: the refuse status, no text; other findings do not matter', async () => {
  const text = 'Ann, your HIV test is back';
  const d = await evaluate(text, strict, { detect: fakeDetect([finding(text, 'Ann', 'name'), finding(text, 'HIV test', 'lab', 'hiv_sti')]), client: 'c' });
  assert.is(d.action, 'block');
  assert.is(d.status, Status.ESME_RSUBMITFAIL);
  assert.is(d.text, undefined);
  assert.equal(d.categories, { name: 1, lab: 1 });
  assert.is(d.findings.length, 2);
});

actions('allow: findings whose action is allow leave the text untouched', async () => {
  const text = 'Visit us at 02139';
  const d = await evaluate(text, custom({ actions: { zip: 'allow' } }), { detect: fakeDetect([finding(text, '02139', 'zip')]), client: 'c' });
  assert.is(d.action, 'allow');
  assert.is(d.reason, 'allowed');
  assert.is(d.text, undefined);
  assert.equal(d.categories, { zip: 1 });
});

actions('mixed redact and tokenize with overlapping findings: merged, redaction wins', async () => {
  const text = 'Ann Lee 12 Elm St Boston';
  const f = [finding(text, 'Ann Lee', 'name'), finding(text, '12 Elm St Boston', 'address'), finding(text, 'Lee 12', 'name')];
  const d = await evaluate(text, custom({ actions: { name: 'tokenize', address: 'redact' } }), { detect: fakeDetect(f), vault: memoryVault(), client: 'c' });
  assert.is(d.text, '[redacted]');
});

actions('separate redact and tokenize spans each get their own treatment', async () => {
  const text = 'Ann: MRN 7654321';
  const f = [finding(text, 'Ann', 'name'), finding(text, '7654321', 'mrn')];
  const d = await evaluate(text, custom({ actions: { mrn: 'tokenize' }, redact_text: '***' }), { detect: fakeDetect(f), vault: memoryVault(), client: 'c' });
  assert.match(d.text!, /^\*\*\*: MRN \[PHI:[0-9A-Z]{5}\]$/);
});

actions('a finding that cuts a surrogate pair redacts the whole character', async () => {
  const text = 'Hi 😀Ann😀!';
  // The span 4..9 starts inside the first emoji (3..5) and ends inside the second (8..10).
  const d = await evaluate(text, strict, { detect: fakeDetect([{ category: 'name', start: 4, end: 9, detector: 'fake' }]), client: 'c' });
  assert.is(d.text, 'Hi [redacted]!');
});

actions('the sensitive action overrides the category action', async () => {
  const text = 'Your sertraline refill is ready';
  const p = custom({ actions: { medication: 'redact' } }); // sensitive stays block (from strict)
  const plain = await evaluate(text, p, { detect: fakeDetect([finding(text, 'sertraline', 'medication')]), client: 'c' });
  assert.is(plain.action, 'rewrite');
  const sensitive = await evaluate(text, p, { detect: fakeDetect([finding(text, 'sertraline', 'medication', 'mental_health')]), client: 'c' });
  assert.is(sensitive.action, 'block');
  const relaxed = custom({ actions: { medication: 'block' }, sensitive: { mental_health: 'redact' } });
  const d = await evaluate(text, relaxed, { detect: fakeDetect([finding(text, 'sertraline', 'medication', 'mental_health')]), client: 'c' });
  assert.is(d.text, 'Your [redacted] refill is ready');
});

actions('a custom refuse status is used for blocks', async () => {
  const text = 'flu shot';
  const d = await evaluate(text, custom({ refuse_status: 'ESME_RX_P_APPN' }), { detect: fakeDetect([finding(text, 'flu shot', 'procedure')]), client: 'c' });
  assert.is(d.status, Status.ESME_RX_P_APPN);
});

actions('detect gets the policy context: callback numbers and MRN patterns', async () => {
  const detect = fakeDetect([]);
  await evaluate('x', custom({ callback_allowlist: ['+1 (800) 555-0100'], mrn_patterns: ['MRN-\\d{7}'] }), { detect, client: 'c' });
  assert.ok(detect.ctx!.callbackAllowList.has('18005550100'));
  assert.ok(detect.ctx!.callbackAllowList.has('8005550100'));
  assert.is(detect.ctx!.mrnPatterns.length, 1);
  assert.ok(detect.ctx!.mrnPatterns[0]!.test('mrn-1234567'));
});

actions.run();

const builtins = suite('evaluate: strict and monitor');

builtins('strict: every identifier is redacted, every health category blocks, sensitive blocks, binary blocks', async () => {
  for (const c of CATEGORIES) {
    const text = `x VALUE y`;
    const d = await evaluate(text, strict, { detect: fakeDetect([finding(text, 'VALUE', c)]), client: 'c' });
    if ((HEALTH_CATEGORIES as readonly string[]).includes(c)) assert.is(d.action, 'block', c);
    else assert.is(d.text, 'x [redacted] y', c);
  }
  const text = 'x VALUE y';
  assert.is((await evaluate(text, strict, { detect: fakeDetect([finding(text, 'VALUE', 'name', 'genetic')]), client: 'c' })).action, 'block');
  assert.equal(evaluateBinary(strict), { action: 'block', status: 0x45, findings: [], categories: {}, reason: 'binary', policy: `strict@${strict.version}` });
});

builtins('monitor: passes everything and records what strict would have done, without creating tokens', async () => {
  const text = 'Ann, your HIV test is back';
  const blockish = await evaluate(text, monitor, { detect: fakeDetect([finding(text, 'HIV test', 'lab', 'hiv_sti')]), client: 'c' });
  assert.is(blockish.action, 'allow');
  assert.is(blockish.wouldBe, 'block');
  assert.is(blockish.reason, 'monitor');
  assert.is(blockish.text, undefined);
  const rewriteish = await evaluate(text, monitor, { detect: fakeDetect([finding(text, 'Ann', 'name')]), client: 'c' });
  assert.is(rewriteish.wouldBe, 'rewrite');
  assert.is(rewriteish.text, undefined);
  const clean = await evaluate('hello', monitor, { detect: fakeDetect([]), client: 'c' });
  assert.is(clean.wouldBe, 'allow');
  const binary = evaluateBinary(monitor);
  assert.is(binary.action, 'allow');
  assert.is(binary.wouldBe, 'block');
});

builtins('MO messages are audited under strict (pass, wouldBe) and enforced with mo: enforce', async () => {
  const text = 'I have HIV';
  const detect = fakeDetect([finding(text, 'HIV', 'condition', 'hiv_sti')]);
  const audited = await evaluate(text, strict, { detect, client: 'c', direction: 'mo' });
  assert.is(audited.action, 'allow');
  assert.is(audited.wouldBe, 'block');
  assert.is(audited.reason, 'mo_audit');
  const enforced = await evaluate(text, custom({ mo: 'enforce' }), { detect, client: 'c', direction: 'mo' });
  assert.is(enforced.action, 'block');
});

builtins.run();

const failClosed = suite('evaluate: fail closed');

failClosed('a detector that throws blocks with the refuse status and a reason', async () => {
  const d = await evaluate('anything', strict, { detect: throwingDetect, client: 'c' });
  assert.equal(d, { action: 'block', status: 0x45, findings: [], categories: {}, reason: 'detector_error', policy: `strict@${strict.version}` });
});

failClosed('a detector reporting a span outside the text blocks', async () => {
  for (const bad of [
    { category: 'name', start: 5, end: 50, detector: 'x' },
    { category: 'name', start: 3, end: 3, detector: 'x' },
    { category: 'name', start: -1, end: 2, detector: 'x' },
    { category: 'name', start: 0.5, end: 2, detector: 'x' },
    { category: 'nonsense', start: 0, end: 2, detector: 'x' },
  ]) {
    const d = await evaluate('short text', strict, { detect: () => [bad as never], client: 'c' });
    assert.is(d.action, 'block');
    assert.is(d.reason, 'invalid_finding');
  }
  const notArray = await evaluate('short text', strict, { detect: () => 'oops' as never, client: 'c' });
  assert.is(notArray.reason, 'invalid_finding');
});

failClosed('a failing vault blocks instead of sending the value', async () => {
  const text = 'MRN 1234567';
  const d = await evaluate(text, custom({ actions: { mrn: 'tokenize' } }), { detect: fakeDetect([finding(text, '1234567', 'mrn')]), vault: failingVault, client: 'c' });
  assert.is(d.action, 'block');
  assert.is(d.status, 0x45);
  assert.is(d.reason, 'vault_error');
  assert.is(d.text, undefined);
});

failClosed('tokenize without a vault blocks', async () => {
  const text = 'MRN 1234567';
  const d = await evaluate(text, custom({ actions: { mrn: 'tokenize' } }), { detect: fakeDetect([finding(text, '1234567', 'mrn')]), client: 'c' });
  assert.is(d.action, 'block');
  assert.is(d.reason, 'vault_unavailable');
});

failClosed('monitor mode passes even on a detector error, reporting wouldBe: block', async () => {
  const d = await evaluate('anything', monitor, { detect: throwingDetect, client: 'c' });
  assert.is(d.action, 'allow');
  assert.is(d.wouldBe, 'block');
  assert.is(d.reason, 'detector_error');
});

failClosed.run();
