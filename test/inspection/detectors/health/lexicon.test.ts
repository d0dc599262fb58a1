import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HEALTH_GROUPS, healthTrie, parseTerms } from '../../../../src/inspection/lexicon/health-lexicon.js';
import { PhraseTrie } from '../../../../src/inspection/lexicon/phrase-trie.js';
import { tokenizeText, T_POSSESSIVE, T_UPPER2 } from '../../../../src/inspection/lexicon/tokenize.js';

test('term syntax: "?" ambiguous, "^" acronym, "=" needs a value, comments, commas and new lines', () => {
  assert.equal(parseTerms('a, ?b\n ^C, ?^D # comment, e\n f, =g'), [
    ['a', false, false, false],
    ['b', true, false, false],
    ['C', false, true, false],
    ['D', true, true, false],
    ['f', false, false, false],
    ['g', false, false, true],
  ]);
});

test('the health lexicon is large and covers every category', () => {
  assert.ok(healthTrie.size > 1800, String(healthTrie.size));
  const seen = new Set(HEALTH_GROUPS.map((g) => g.category));
  assert.equal([...seen].sort(), ['condition', 'lab', 'medication', 'procedure']);
});

test('tokenizer: possessives cut, apostrophes folded, decimals kept, diacritics folded', () => {
  const t = tokenizeText("Alzheimer's O'Brien 7.2% José HbA1c PrEP", null).tokens;
  assert.equal(t.map((x) => x.key), ['alzheimer', 'obrien', '7.2', 'jose', 'hba1c', 'prep']);
  assert.ok(t[0]!.flags & T_POSSESSIVE);
  assert.ok(t[5]!.flags & T_UPPER2);
});

test('phrase trie: longest match, singular fallback, punctuation breaks a phrase', () => {
  const trie = new PhraseTrie<string>();
  trie.addPhrase('viral load', 'vl');
  trie.addPhrase('viral', 'v');
  trie.addPhrase('biopsy', 'b');
  const toks = (s: string) => tokenizeText(s, null).tokens;
  assert.equal(trie.match(toks('viral load is 40'), 0)?.entries, ['vl']);
  assert.equal(trie.match(toks('viral, load'), 0)?.entries, ['v']);
  const m = trie.match(toks('biopsies'), 0);
  assert.equal(m?.entries, ['b']);
  assert.ok(m?.plural);
  assert.equal(trie.matchSpelled(toks('V.I.R.A.L'), 0)?.entries, ['v']);
});

test('spelled runs take digits and the longest phrase; short phrases are also known run together', () => {
  const toks = (s: string) => tokenizeText(s, null).tokens;
  const a1c = healthTrie.matchSpelled(toks('A 1 C 9.1'), 0);
  assert.is(a1c?.end, 3);
  assert.is(a1c?.upper, true);
  assert.ok(healthTrie.match(toks('CA125'), 0), 'CA125');
  assert.ok(healthTrie.match(toks('HSV2'), 0), 'HSV2');
  assert.not.ok(healthTrie.match(toks('cart'), 0), 'car T must not make "cart" a term');
});

test.run();
