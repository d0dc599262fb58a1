// Loading the labeled SMS corpus (test/fixtures/corpus, schema in its README) for the accuracy benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCategory, type Category, type SensitiveClass } from '../src/inspection/categories.js';

export interface CorpusLabel {
  category: Category;
  /** Exact substring of the message text. */
  value: string;
  sensitive?: SensitiveClass;
}

export interface CorpusMessage {
  id: string;
  text: string;
  labels: CorpusLabel[];
  benign: boolean;
  kind: string;
}

export type CorpusFile = 'dev' | 'holdout' | 'all';

export function corpusDir(repoRoot: string): string {
  return join(repoRoot, 'test', 'fixtures', 'corpus');
}

/** Parses one JSONL file; a malformed line is an error naming the line, never echoing its content. */
export function parseCorpus(jsonl: string, source: string): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not JSON`);
    }
    const m = raw as Partial<CorpusMessage>;
    const ok =
      typeof m.id === 'string' && typeof m.text === 'string' && typeof m.kind === 'string' &&
      typeof m.benign === 'boolean' && Array.isArray(m.labels) &&
      m.labels.every((l) => typeof l?.value === 'string' && typeof l.category === 'string' && isCategory(l.category));
    if (!ok) throw new Error(`${source}:${i + 1}: does not match the corpus schema`);
    out.push(m as CorpusMessage);
  });
  return out;
}

export function loadCorpus(repoRoot: string, file: CorpusFile): CorpusMessage[] {
  const names = file === 'all' ? ['dev', 'holdout'] : [file];
  return names.flatMap((n) => parseCorpus(readFileSync(join(corpusDir(repoRoot), `${n}.jsonl`), 'utf8'), `${n}.jsonl`));
}

/** The senders' callback numbers (digits only), the allow-list every benign message may print. */
export function loadCallbacks(repoRoot: string): ReadonlySet<string> {
  const list: unknown = JSON.parse(readFileSync(join(corpusDir(repoRoot), 'callbacks.json'), 'utf8'));
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && /^\d+$/.test(x))) {
    throw new Error('callbacks.json: want an array of digit strings');
  }
  return new Set(list);
}
