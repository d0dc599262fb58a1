// Holds the parts of concatenated messages until the whole can be inspected. Parts may arrive out of order
// and interleaved with other messages' parts; a message that is not complete within the timeout is given up
// (its parts are refused: an incomplete message cannot be inspected). Memory is bounded by `maxPending`.

export interface ReassemblyOptions {
  timeoutMs: number;
  maxParts: number;
  maxPending: number;
}

export type AddResult<T> =
  | { kind: 'held'; have: number; total: number }
  | { kind: 'complete'; parts: T[] }
  | { kind: 'refused'; reason: 'too many parts' | 'bad sequence' | 'full' | 'total mismatch' };

interface Buffered<T> {
  total: number;
  parts: (T | undefined)[];
  have: number;
  timer: NodeJS.Timeout;
}

export class Reassembly<T> {
  private readonly pending = new Map<string, Buffered<T>>();

  constructor(
    private readonly opts: ReassemblyOptions,
    private readonly onExpire: (key: string, parts: T[]) => void,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  add(key: string, seq: number, total: number, part: T): AddResult<T> {
    if (total > this.opts.maxParts) return { kind: 'refused', reason: 'too many parts' };
    if (seq < 1 || seq > total) return { kind: 'refused', reason: 'bad sequence' };
    let b = this.pending.get(key);
    if (b && b.total !== total) return { kind: 'refused', reason: 'total mismatch' };
    if (!b) {
      if (this.pending.size >= this.opts.maxPending) return { kind: 'refused', reason: 'full' };
      const timer = setTimeout(() => this.expire(key), this.opts.timeoutMs);
      timer.unref();
      b = { total, parts: new Array<T | undefined>(total).fill(undefined), have: 0, timer };
      this.pending.set(key, b);
    }
    // A retransmitted part replaces the earlier copy.
    if (b.parts[seq - 1] === undefined) b.have++;
    b.parts[seq - 1] = part;
    if (b.have < total) return { kind: 'held', have: b.have, total };
    clearTimeout(b.timer);
    this.pending.delete(key);
    return { kind: 'complete', parts: b.parts as T[] };
  }

  /** Gives up everything held (shutdown): each message's parts go to onExpire. */
  drain(): void {
    for (const key of [...this.pending.keys()]) this.expire(key);
  }

  private expire(key: string): void {
    const b = this.pending.get(key);
    if (!b) return;
    clearTimeout(b.timer);
    this.pending.delete(key);
    this.onExpire(key, b.parts.filter((p): p is T => p !== undefined));
  }
}
