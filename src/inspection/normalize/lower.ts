// Lower-case without changing length, so `lower` shares offsets with the text it came from. Only a few
// characters (U+0130 "İ") grow when lower-cased; those stay as they are.
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
