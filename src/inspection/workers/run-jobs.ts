// What a detection worker does with a batch, apart from the thread plumbing (so a test worker can reuse it).
import { detect, DetectorFailure } from '../detect.js';
import type { DetectContext } from '../types.js';
import type { DetectJob, DetectResult } from './protocol.js';

/** Detect contexts by policy key; reloads add versions, so the oldest go past `max` (the pool resends a context after 64 new ones, so one it counts on is never dropped). */
export function createContextTable(max = 256): Map<string, DetectContext> {
  const table = new Map<string, DetectContext>();
  const set = table.set.bind(table);
  table.set = (k, v) => {
    if (table.size >= max && !table.has(k)) table.delete(table.keys().next().value!);
    return set(k, v);
  };
  return table;
}

export function runJobs(jobs: readonly DetectJob[], contexts: Map<string, DetectContext>): DetectResult[] {
  const out: DetectResult[] = [];
  for (const job of jobs) {
    if (job.ctx) contexts.set(job.ctxKey, job.ctx);
    const ctx = contexts.get(job.ctxKey);
    // A context the gateway believes was sent but is not here: refuse rather than detect without it.
    if (!ctx) {
      out.push({ id: job.id, failed: 'context' });
      continue;
    }
    try {
      out.push({ id: job.id, findings: detect(job.text, ctx) });
    } catch (err) {
      out.push({ id: job.id, failed: err instanceof DetectorFailure ? err.detector : 'detect' });
    }
  }
  return out;
}
