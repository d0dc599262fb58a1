// A trie over token keys: one Map lookup per token, longest match wins, so "type 2 diabetes" beats
// "diabetes" and "hiv viral load" beats "hiv". Plurals fall back to the singular on a miss ("biopsies",
// "tests", "viruses"); possessives are already cut off by the tokenizer.
import {
  G_CLOSE,
  G_COLON,
  G_COMMA,
  G_HYPHEN,
  G_OPEN,
  G_PERIOD,
  G_SENTENCE,
  G_SPACE,
  G_DASH,
  T_ALPHA,
  T_NUMBER,
  T_SINGLE,
  T_UPPER,
  tokenizeText,
  type Token,
} from './tokenize.js';

interface TrieNode<E> {
  next: Map<string, TrieNode<E>> | undefined;
  entries: E[] | undefined;
}

export interface PhraseMatch<E> {
  /** Token index after the match (exclusive). */
  end: number;
  entries: readonly E[];
  /** True when some token matched only through its singular form. */
  plural: boolean;
}

// Punctuation that ends a phrase: "diabetes. Type 2" is not "diabetes type 2".
const PHRASE_BREAK = G_COMMA | G_SENTENCE | G_COLON | G_OPEN | G_CLOSE;
const SPELLED_GAP = G_SPACE | G_PERIOD | G_HYPHEN | G_DASH;

/** The node for the singular of a plural key ("biopsies" -> "biopsy", "tests" -> "test"), without allocating on a miss. */
function singularNode<E>(map: Map<string, TrieNode<E>>, key: string): TrieNode<E> | undefined {
  const n = key.length;
  if (n < 4 || key.charCodeAt(n - 1) !== 115) return undefined;
  const c2 = key.charCodeAt(n - 2);
  if (c2 === 115 || c2 === 117 || c2 === 105) return undefined; // -ss, -us, -is
  if (c2 === 101) {
    // -es: "viruses" -> "viruse"/"virus", "biopsies" -> "biopsy"/"biopsie"
    if (key.charCodeAt(n - 3) === 105) return map.get(key.slice(0, -3) + 'y') ?? map.get(key.slice(0, -1));
    return map.get(key.slice(0, -1)) ?? map.get(key.slice(0, -2));
  }
  return map.get(key.slice(0, -1));
}

export class PhraseTrie<E> {
  private readonly root = new Map<string, TrieNode<E>>();
  private phrases = 0;

  get size(): number {
    return this.phrases;
  }

  /** Adds a phrase given as text; it is tokenized like messages are. */
  addPhrase(text: string, entry: E): void {
    const keys = tokenizeText(text, null).tokens.map((t) => t.key);
    if (keys.length > 0) this.add(keys, entry);
  }

  add(keys: readonly string[], entry: E): void {
    let map = this.root;
    let node: TrieNode<E> | undefined;
    for (let idx = 0; idx < keys.length; idx++) {
      const k = keys[idx]!;
      node = map.get(k);
      if (!node) {
        node = { next: undefined, entries: undefined };
        map.set(k, node);
      }
      if (idx < keys.length - 1) map = node.next ??= new Map();
    }
    if (!node!.entries) this.phrases++;
    (node!.entries ??= []).push(entry);
  }

  /** True when some phrase starts with this key (a cheap pre-check). */
  startsWith(key: string): boolean {
    return this.root.has(key);
  }

  /** Longest phrase starting at token `i`, or undefined. */
  match(tokens: readonly Token[], i: number): PhraseMatch<E> | undefined {
    let map: Map<string, TrieNode<E>> | undefined = this.root;
    let bestEnd = -1;
    let bestEntries: E[] | undefined;
    let bestPlural = false;
    let plural = false;
    for (let j = i; j < tokens.length && map; j++) {
      const t = tokens[j]!;
      if (j > i && t.gap & PHRASE_BREAK) break;
      let node: TrieNode<E> | undefined = map.get(t.key);
      if (!node) {
        node = singularNode(map, t.key);
        if (!node) break;
        plural = true;
      }
      if (node.entries) {
        bestEnd = j + 1;
        bestEntries = node.entries;
        bestPlural = plural;
      }
      map = node.next;
    }
    return bestEntries ? { end: bestEnd, entries: bestEntries, plural: bestPlural } : undefined;
  }

  /**
   * A spelled-out acronym starting at token `i`: "H.I.V", "H I V", "h-i-v" looked up as "hiv", and with digits
   * "A 1 C" as "a1c", "C A - 1 2 5" as "ca125". Only runs of single characters (a letter or a digit) with at
   * most three separator characters between them qualify; the longest spelled prefix that is a phrase wins.
   * `upper` tells whether every spelled letter was a capital (for acronym-only terms).
   */
  matchSpelled(tokens: readonly Token[], i: number): (PhraseMatch<E> & { upper: boolean }) | undefined {
    if (!isSingleChar(tokens[i]!)) return undefined;
    let j = i + 1;
    let key = tokens[i]!.key;
    let upper = !(tokens[i]!.flags & T_ALPHA) || (tokens[i]!.flags & T_UPPER) !== 0;
    let best: (PhraseMatch<E> & { upper: boolean }) | undefined;
    while (j < tokens.length && j - i < 14) { // "m.e.t.h.a.d.o.n.e", "c.l.o.p.i.d.o.g.r.e.l"
      const t = tokens[j]!;
      if (!isSingleChar(t) || t.gap & ~SPELLED_GAP || t.start - tokens[j - 1]!.end > 3) break;
      key += t.key;
      if (t.flags & T_ALPHA && !(t.flags & T_UPPER)) upper = false;
      j++;
      const node = this.root.get(key);
      if (node?.entries && /[a-z]/.test(key)) best = { end: j, entries: node.entries, plural: false, upper };
    }
    return best;
  }
}

/** One letter or one digit. */
function isSingleChar(t: Token): boolean {
  if (t.flags & T_SINGLE) return true;
  return (t.flags & T_NUMBER) !== 0 && t.end - t.start === 1;
}
