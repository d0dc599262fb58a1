// The sender's own addresses (DetectContext.addressAllowList). An address is known by its house number and
// first street-name word ("500 main"), which survives "St"/"Street", unit and punctuation differences.
import type { DetectContext } from '../../types.js';

const keysOf = new WeakMap<readonly string[], readonly string[]>();

/** "500 Main Street, Suite 2" -> "500 main"; undefined when it does not start with a house number. */
export function streetKey(address: string): string | undefined {
  const m = /^\s*(\d{1,6}[a-z]?)\s+(?:(?:[nsew]|north|south|east|west)\.?\s+)?([a-z0-9'\-]+)/i.exec(address);
  return m === null ? undefined : `${m[1]} ${m[2]}`.toLowerCase();
}

export function allowedStreetKeys(ctx: DetectContext): readonly string[] {
  const list = ctx.addressAllowList;
  if (list === undefined || list.length === 0) return [];
  let keys = keysOf.get(list);
  if (keys === undefined) {
    keys = list.map(streetKey).filter((k): k is string => k !== undefined);
    keysOf.set(list, keys);
  }
  return keys;
}
