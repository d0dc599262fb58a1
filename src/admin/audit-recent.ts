// The last N audit records, for the dashboard and `GET /audit/recent`, read from the end of the log (and the
// newest rotated file when the current one is short). Records hold no content by design; on top of that only
// allowlisted fields are shown: no macs, no destination or content digests, no free text typed by a person.
import { open } from 'node:fs/promises';
import { listAuditFiles } from '../audit/files.js';
import { errnoCode } from '../audit/errors.js';

export const MAX_RECENT = 500;
const WINDOW = 64 * 1024;
/** A window this large without N complete lines means unusually long lines: show what was found. */
const MAX_WINDOW = 4 * 1024 * 1024;

const SHOWN = new Set([
  'seq', 'time', 'type', 'event', 'command', 'client', 'system_id', 'listener', 'upstream', 'bind',
  'action', 'would_be', 'status', 'command_status', 'categories', 'policy', 'policy_version', 'parts',
  'data_coding', 'inspect_ms', 'latency_ms', 'latency_us', 'message_id', 'client_message_id',
  'client_message_ids', 'carrier_message_id', 'carrier_message_ids', 'routed', 'by_id', 'destination_count',
  'actor', 'via', 'outcome', 'category', 'errors', 'last_acked_seq', 'rejected', 'dropped', 'torn_bytes',
]);
/** `reason` is a fixed phrase in gateway records, but free text typed by a privacy officer in admin ones. */
const REASON_HIDDEN_FOR = new Set(['admin']);
const MAX_STRING = 200;

export type ShownRecord = Record<string, unknown>;

export async function recentAudit(path: string, n: number): Promise<ShownRecord[]> {
  const files = (await listAuditFiles(path)).reverse();
  const lines: Buffer[] = [];
  for (const f of files) {
    if (lines.length >= n) break;
    lines.unshift(...(await lastLines(f.path, n - lines.length)));
  }
  const out: ShownRecord[] = [];
  for (const line of lines) {
    const rec = parse(line);
    if (rec) out.push(shown(rec));
  }
  return out;
}

/** Only the fields worth showing, each a number, boolean, short string, list of short strings or a count map. */
export function shown(rec: Record<string, unknown>): ShownRecord {
  const out: ShownRecord = {};
  for (const [k, v] of Object.entries(rec)) {
    if (k === 'destinations' && Array.isArray(v)) {
      out.destination_count ??= v.length;
      continue;
    }
    if (!SHOWN.has(k) && !(k === 'reason' && !REASON_HIDDEN_FOR.has(String(rec.type)))) continue;
    const safe = safeValue(k, v);
    if (safe !== undefined) out[k] = safe;
  }
  return out;
}

function safeValue(key: string, v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length <= MAX_STRING ? v : undefined;
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string' && x.length <= MAX_STRING) ? v.slice(0, 20) : undefined;
  if (key === 'categories' && v && typeof v === 'object') {
    const counts: Record<string, number> = {};
    for (const [c, x] of Object.entries(v)) if (typeof x === 'number' && c.length <= 40) counts[c] = x;
    return counts;
  }
  return undefined;
}

function parse(line: Buffer): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(line.toString('utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The last `n` complete lines of a file (a partial last line, from a write in progress, is left out). */
async function lastLines(file: string, n: number): Promise<Buffer[]> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw err;
  }
  try {
    const size = (await fh.stat()).size;
    let window = Math.min(size, WINDOW);
    for (;;) {
      const start = size - window;
      const buf = Buffer.allocUnsafe(window);
      let got = 0;
      while (got < window) {
        const { bytesRead } = await fh.read(buf, got, window - got, start + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      const text = buf.subarray(0, got);
      const end = text.lastIndexOf(0x0a);
      if (end < 0 && start > 0 && window < MAX_WINDOW) {
        window = Math.min(size, window * 4);
        continue;
      }
      const lines: Buffer[] = [];
      let stop = end;
      while (stop > 0 && lines.length < n) {
        const prev = text.lastIndexOf(0x0a, stop - 1);
        // The first line of a window that does not start the file may be cut: not a line.
        if (prev < 0 && start > 0) break;
        lines.unshift(text.subarray(prev + 1, stop));
        stop = prev;
      }
      if (lines.length >= n || start === 0 || window >= MAX_WINDOW) return lines;
      window = Math.min(size, window * 4);
    }
  } finally {
    await fh.close();
  }
}
