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

/** dev and holdout: the first corpus; dev2: the second, independent one; train: dev + dev2; all: everything. */
export type CorpusFile = 'dev' | 'holdout' | 'dev2' | 'train' | 'all';
export const CORPUS_FILES: readonly CorpusFile[] = ['dev', 'holdout', 'dev2', 'train', 'all'];

const PARTS: Record<CorpusFile, string[]> = { dev: ['dev'], holdout: ['holdout'], dev2: ['dev2'], train: ['dev', 'dev2'], all: ['dev', 'holdout', 'dev2'] };

function fileOf(repoRoot: string, part: string): string {
  return part === 'dev2' ? join(repoRoot, 'test', 'fixtures', 'corpus2', 'dev2.jsonl') : join(corpusDir(repoRoot), `${part}.jsonl`);
}

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
  return PARTS[file].flatMap((n) => parseCorpus(readFileSync(fileOf(repoRoot, n), 'utf8'), `${n}.jsonl`));
}

/** The senders' callback numbers (digits only), the allow-list every benign message may print. */
export function loadCallbacks(repoRoot: string): ReadonlySet<string> {
  // Both corpora's senders: a callback number is the sender's own, whichever corpus it came from.
  const files = [join(corpusDir(repoRoot), 'callbacks.json'), join(repoRoot, 'test', 'fixtures', 'corpus2', 'callbacks.json')];
  const out = new Set<string>();
  for (const f of files) {
    const list: unknown = JSON.parse(readFileSync(f, 'utf8'));
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && /^\d+$/.test(x))) {
      throw new Error(`${f}: want an array of digit strings`);
    }
    for (const x of list) out.add(x);
  }
  return out;
}
