// Health words typed with digits or '@' for letters, to slip past a filter: "H1V", "5ub0x0ne", "z0l0ft",
// "C-53c710n", "chl@mydia", "X@nax"; or misspelled, or with a letter masked: "Seroquil", "d*abetes". The tokens are read a second time with the look-alike letters put back;
// spans stay those of the original text. Most messages have no mixed letter-digit token and pay one flag test
// per token.
import type { NormalizedText } from '../../types.js';
import { healthTrie } from '../../lexicon/health-lexicon.js';
import { correctedSpelling } from '../../lexicon/health-misspelling.js';
import { G_OTHER, T_ALPHA, T_DIGIT, type Token } from '../../lexicon/tokenize.js';

/** Digits people type for letters; '1' is tried as "i" then as "l". */
const LETTER_OF: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a' };

function swap(key: string, one: string): string | undefined {
  let out = '';
  for (const ch of key) {
    if (ch >= 'a' && ch <= 'z') out += ch;
    else if (ch === '1') out += one;
    else {
      const l = LETTER_OF[ch];
      if (l === undefined) return undefined; // "wc22", "2alb": not a disguise we can read
      out += l;
    }
  }
  return out;
}

/** The key a disguised token stands for, or undefined. A key that already starts a term ("a1c", "b12") stays. */
function undisguise(key: string): string | undefined {
  if (key.length < 3 || healthTrie.startsWith(key)) return undefined;
  const i = swap(key, 'i');
  if (i === undefined) return undefined;
  if (healthTrie.startsWith(i)) return i;
  const l = swap(key, 'l');
  return l !== undefined && healthTrie.startsWith(l) ? l : i;
}

/** Tokens with disguised spellings read back, or the same array when there is none (the common case). */
export function undisguised(doc: NormalizedText, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1];
    // "chl@mydia", "d*abetes": '@' or '*' inside a word splits it into two tokens.
    const mid = n !== undefined && n.gap === G_OTHER && n.start === t.end + 1 && t.flags & T_ALPHA ? doc.text.charCodeAt(t.end) : 0;
    if (mid === 64 || mid === 42) {
      const joined = mid === 64 ? `${t.key}@${n!.key}` : t.key + n!.key;
      const key = mid === 64 ? undisguise(joined) : correctedSpelling(joined, 5); // a masked letter is a plain sign
      if (key !== undefined && healthTrie.startsWith(key)) {
        out ??= tokens.slice(0, i);
        out.push({ ...t, key, end: n!.end });
        i++;
        continue;
      }
    }
    if (t.flags & T_ALPHA && (t.flags & T_DIGIT || t.key.length >= 7)) {
      const key = t.flags & T_DIGIT ? undisguise(t.key) : correctedSpelling(t.key);
      if (key !== undefined) {
        out ??= tokens.slice(0, i);
        out.push({ ...t, key });
        continue;
      }
    }
    out?.push(t);
  }
  return out ?? tokens;
}
