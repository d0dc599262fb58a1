// Seeded randomness for the dev2 corpus generator: one stream per run, so the same seed gives the same file.

/** mulberry32: small, fast, good enough to shuffle test data (not for anything secret). */
export function createRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  /** Picks by weight: entries are [weight, value]. */
  const weighted = (entries) => {
    const total = entries.reduce((s, [w]) => s + w, 0);
    let x = next() * total;
    for (const [w, v] of entries) if ((x -= w) < 0) return v;
    return entries[entries.length - 1][1];
  };
  return { next, int, pick, chance, digits, shuffle, weighted };
}
