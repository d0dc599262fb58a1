import type { NormalizedText } from '../types.js';

// Placeholder: identity normalization until the normalize work lands.
export function normalize(original: string): NormalizedText {
  return { original, text: original, lower: original.toLowerCase(), toOriginal: (s, e) => [s, e] };
}
