// Health terms in scripts that write words together or glue particles to them (data/health/other-scripts.ts):
// found inside a token rather than token by token. Terms are stored as the normalizer and tokenizer would key
// them (Russian letters that look Latin are folded, so "диабет" keys as the message's "диaбeт" does).
import type { HealthCategory, SensitiveClass } from '../categories.js';
import { normalize } from '../normalize/index.js';
import { OTHER_SCRIPT_TERMS } from './data/health/other-scripts.js';
import type { HealthTerm } from './health-lexicon.js';
import { tokenizeText } from './tokenize.js';

interface ScriptTerm {
  readonly key: string;
  readonly term: HealthTerm;
}

function load(): ScriptTerm[] {
  const out: ScriptTerm[] = [];
  for (const g of OTHER_SCRIPT_TERMS) {
    const term: HealthTerm = {
      category: g.category as HealthCategory,
      sensitive: g.sensitive as SensitiveClass | undefined,
      ambiguous: false,
      acronym: false,
      needsValue: false,
    };
    for (const raw of g.terms.split(/[,\n]/)) {
      const text = raw.trim();
      if (!text) continue;
      const doc = normalize(text);
      // Multi-word terms ("ضغط الدم") are matched on their longest word: a token holds one word.
      const keys = tokenizeText(doc.text, doc.lower.length === doc.text.length ? doc.lower : null).tokens.map((t) => t.key);
      const key = keys.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (key.length >= 2 || /[\u3040-\u9fff\uac00-\ud7af]/.test(key)) out.push({ key, term });
    }
  }
  // Longest first: "乳腺癌" before "癌症" is not needed (both report oncology), but "大腸内視鏡" before "内視鏡" keeps one finding.
  return out.sort((a, b) => b.key.length - a.key.length);
}

const TERMS = load();

/** The health term inside a token of a non-Latin script, or undefined (callers pass only such tokens). */
export function termInScript(key: string): HealthTerm | undefined {
  for (const t of TERMS) if (key.includes(t.key)) return t.term;
  return undefined;
}
