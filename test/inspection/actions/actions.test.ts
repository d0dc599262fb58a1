import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeSpans, widenToCodePoints } from '../../../src/inspection/actions/merge-spans.js';
import { redact } from '../../../src/inspection/actions/redact.js';
import { rewrite } from '../../../src/inspection/actions/rewrite.js';
import { tokenize } from '../../../src/inspection/actions/tokenize.js';
import type { RewriteSpan } from '../../../src/inspection/actions/types.js';
import { createVault } from '../../../src/inspection/vault/vault.js';
import { createMemoryKvStore } from '../../../src/store/memory/memory-kv-store.js';
import { silentLog } from '../../store/helpers.js';

const vault = () => createVault({ store: createMemoryKvStore(), log: silentLog, keys: [{ id: 'k1', key: Buffer.alloc(32, 1) }] });
const span = (start: number, end: number, action: 'redact' | 'tokenize' = 'redact', category: RewriteSpan['category'] = 'name'): RewriteSpan => ({ start, end, action, category });

test('redact replaces each span and keeps everything else', () => {
  const text = 'Hi Ann, call 555-0100 now';
  assert.is(redact(text, [{ start: 3, end: 6 }, { start: 13, end: 21 }], '[redacted]'), 'Hi [redacted], call [redacted] now');
  assert.is(redact(text, [], 'x'), text);
  assert.is(redact('abc', [{ start: 0, end: 3 }], ''), '');
});

test('overlapping and touching spans merge; nested spans vanish into the outer one', () => {
  assert.equal(mergeSpans('x'.repeat(30), [span(5, 10), span(8, 15), span(15, 18), span(20, 25), span(21, 22)]), [span(5, 18), span(20, 25)]);
});

test('a merged span is redacted if any part was, and keeps the longest part\'s category', () => {
  const merged = mergeSpans('x'.repeat(20), [span(0, 4, 'tokenize', 'name'), span(2, 12, 'tokenize', 'address'), span(10, 13, 'redact', 'zip')]);
  assert.equal(merged, [span(0, 13, 'redact', 'address')]);
  assert.equal(mergeSpans('x'.repeat(20), [span(0, 4, 'tokenize'), span(3, 6, 'tokenize')]), [span(0, 6, 'tokenize')]);
});

test('spans are widened so a surrogate pair is never split', () => {
  const text = 'a😀b👍🏽c'; // 😀 = 2 code units at 1..3; 👍 at 4..6; 🏽 at 6..8
  assert.equal(widenToCodePoints(text, 2, 3), [1, 3]);
  assert.equal(widenToCodePoints(text, 1, 2), [1, 3]);
  assert.equal(widenToCodePoints(text, 5, 7), [4, 8]);
  assert.equal(widenToCodePoints(text, 0, 1), [0, 1]);
  const out = redact(text, mergeSpans(text, [span(2, 3)]), '#');
  assert.is(out, 'a#b👍🏽c');
  assert.not.match(out, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no lone surrogate
});

test('tokenize writes rendered tokens that detokenize to the original spans', async () => {
  const v = vault();
  const text = 'MRN 1234567 for Ann Lee';
  const out = await tokenize(text, [span(4, 11, 'tokenize', 'mrn'), span(16, 23, 'tokenize', 'name')], v, 'clinic');
  const m = /^MRN \[PHI:([0-9A-Z]{5})\] for \[PHI:([0-9A-Z]{5})\]$/.exec(out);
  assert.ok(m, out);
  assert.equal(await v.detokenize(m[1]!), { value: '1234567', client: 'clinic', category: 'mrn', createdAt: (await v.detokenize(m[1]!))!.createdAt });
  assert.is((await v.detokenize(m[2]!))?.value, 'Ann Lee');
});

test('the same value and category twice in a message share one token', async () => {
  const out = await tokenize('Ann and Ann', [span(0, 3, 'tokenize'), span(8, 11, 'tokenize')], vault(), 'c');
  const tokens = out.match(/\[PHI:\w+\]/g)!;
  assert.is(tokens.length, 2);
  assert.is(tokens[0], tokens[1]);
});

test('rewrite applies redact and tokenize spans in one pass; without tokenize spans it needs no vault', async () => {
  const text = 'Ann Lee, MRN 1234567';
  const out = await rewrite(text, [span(0, 7, 'redact'), span(13, 20, 'tokenize', 'mrn')], { redactText: '[x]', vault: vault(), client: 'c' });
  assert.match(out, /^\[x\], MRN \[PHI:[0-9A-Z]{5}\]$/);
  assert.is(await rewrite(text, [span(0, 7)], { redactText: '[x]', client: 'c' }), '[x], MRN 1234567');
  try {
    await rewrite(text, [span(0, 7, 'tokenize')], { redactText: '[x]', client: 'c' });
    assert.unreachable();
  } catch (err) {
    assert.instance(err, Error);
  }
});

test.run();
