import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILTIN_POLICIES } from '../../../src/inspection/policy/builtins.js';
import { loadPolicies } from '../../../src/inspection/policy/compile.js';
import { createDecisionCache, noDecisionCache } from '../../../src/inspection/policy/decision-cache.js';
import { evaluate } from '../../../src/inspection/policy/evaluate.js';
import { fakeDetect, finding, memoryVault, throwingDetect } from './fixtures.js';

const strict = BUILTIN_POLICIES.get('strict')!;

test('the same text under the same policy is detected once; allow and block are cached', async () => {
  const cache = createDecisionCache();
  const clean = fakeDetect([]);
  const a = await evaluate('Your appointment is confirmed', strict, { detect: clean, client: 'c', cache });
  const b = await evaluate('Your appointment is confirmed', strict, { detect: clean, client: 'c', cache });
  assert.is(clean.calls, 1);
  assert.is(b, a);
  const text = 'flu shot today';
  const blocking = fakeDetect([finding(text, 'flu shot', 'procedure')]);
  await evaluate(text, strict, { detect: blocking, client: 'c', cache });
  const d = await evaluate(text, strict, { detect: blocking, client: 'c', cache });
  assert.is(blocking.calls, 1);
  assert.is(d.action, 'block');
  assert.equal(cache.stats, { hits: 2, misses: 2 });
});

test('with the cache off (inspection.decision_cache: 0) every message is detected', async () => {
  const cache = noDecisionCache();
  const clean = fakeDetect([]);
  for (let i = 0; i < 3; i++) await evaluate('Your appointment is confirmed', strict, { detect: clean, client: 'c', cache });
  assert.is(clean.calls, 3);
  assert.equal(cache.stats, { hits: 0, misses: 3 });
});

test('rewrites are never cached: each message gets its own tokens', async () => {
  const cache = createDecisionCache();
  const text = 'MRN 1234567';
  const detect = fakeDetect([finding(text, '1234567', 'mrn')]);
  const p = loadPolicies([{ name: 't', actions: { mrn: 'tokenize' } }]).get('t')!;
  const vault = memoryVault();
  const a = await evaluate(text, p, { detect, client: 'c', cache, vault });
  const b = await evaluate(text, p, { detect, client: 'c', cache, vault });
  assert.is(detect.calls, 2);
  assert.is.not(a.text, b.text);
});

test('a redaction is cached (a pure function of policy and text); the cached text is the same', async () => {
  const cache = createDecisionCache();
  const text = 'MRN 1234567';
  const detect = fakeDetect([finding(text, '1234567', 'mrn')]);
  const a = await evaluate(text, strict, { detect, client: 'c', cache });
  const b = await evaluate(text, strict, { detect, client: 'c', cache });
  assert.is(detect.calls, 1);
  assert.is(a.action, 'rewrite');
  assert.is(b.text, a.text);
  assert.not.ok(b.text!.includes('1234567'));
});

test('the key includes policy, version and direction; detector errors are not cached', async () => {
  const cache = createDecisionCache();
  const text = 'I have HIV';
  const detect = fakeDetect([finding(text, 'HIV', 'condition', 'hiv_sti')]);
  const mt = await evaluate(text, strict, { detect, client: 'c', cache });
  const mo = await evaluate(text, strict, { detect, client: 'c', cache, direction: 'mo' });
  const mon = await evaluate(text, BUILTIN_POLICIES.get('monitor')!, { detect, client: 'c', cache });
  assert.is(detect.calls, 3);
  assert.is(mt.action, 'block');
  assert.is(mo.action, 'allow');
  assert.is(mon.action, 'allow');
  await evaluate('x', strict, { detect: throwingDetect, client: 'c', cache });
  const ok = fakeDetect([]);
  assert.is((await evaluate('x', strict, { detect: ok, client: 'c', cache })).action, 'allow');
  assert.is(ok.calls, 1);
});

test('cached decisions are frozen and long texts are not cached', async () => {
  const cache = createDecisionCache({ maxTextLength: 10 });
  const d = await evaluate('short', strict, { detect: fakeDetect([]), client: 'c', cache });
  assert.ok(Object.isFrozen(d));
  const detect = fakeDetect([]);
  await evaluate('a much longer text', strict, { detect, client: 'c', cache });
  await evaluate('a much longer text', strict, { detect, client: 'c', cache });
  assert.is(detect.calls, 2);
});

test.run();
