// Failed binds are throttled per source address: after `limit` failures in a minute, further binds from that
// address are refused (without checking credentials) until the minute has passed. Bounded memory.
const WINDOW_MS = 60_000;
const MAX_TRACKED = 100_000;

export class BindThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private limit: number) {}

  setLimit(limit: number): void {
    this.limit = limit;
  }

  blocked(address: string, now = Date.now()): boolean {
    const f = this.failures.get(address);
    if (!f) return false;
    while (f.length && f[0]! <= now - WINDOW_MS) f.shift();
    if (!f.length) this.failures.delete(address);
    return f.length >= this.limit;
  }

  fail(address: string, now = Date.now()): void {
    let f = this.failures.get(address);
    if (!f) {
      if (this.failures.size >= MAX_TRACKED) this.failures.delete(this.failures.keys().next().value!);
      f = [];
      this.failures.set(address, f);
    }
    f.push(now);
    if (f.length > this.limit * 2) f.splice(0, f.length - this.limit * 2);
  }

  succeed(address: string): void {
    this.failures.delete(address);
  }
}
