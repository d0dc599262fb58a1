import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../src/inspection/detect.js';
import { BUILTIN_POLICIES } from '../../../src/inspection/policy/builtins.js';
import { evaluate } from '../../../src/inspection/policy/evaluate.js';

test('the real detect function plugs into evaluate; generic text passes untouched under strict', async () => {
  const text = 'Your appointment is confirmed for Tuesday. Reply STOP to opt out.';
  const d = await evaluate(text, BUILTIN_POLICIES.get('strict')!, { detect, client: 'c' });
  // Whatever the detectors find once they land, a clean reminder must go out byte-identical.
  assert.is(d.action, 'allow');
  assert.is(d.text, undefined);
});

test.run();
