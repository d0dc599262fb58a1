/** A set from a space-separated word list (how generated lexicon modules store their data). */
export function wordSet(...lists: string[]): Set<string> {
  const s = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) s.add(w);
  return s;
}
