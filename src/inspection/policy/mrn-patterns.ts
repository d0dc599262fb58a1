// Per-tenant MRN patterns run on every message, so a pattern with catastrophic backtracking would let one
// crafted SMS stall the event loop. Patterns are checked with safe-regex2 (star height: no quantifier inside
// a quantified group, even a bounded one) and must not match the empty string.
import safeRegex from 'safe-regex2';

export const MAX_PATTERN_LENGTH = 200;

/** Why a pattern is refused, or undefined when it is acceptable. */
export function mrnPatternProblem(source: string): string | undefined {
  if (source.length === 0 || source.length > MAX_PATTERN_LENGTH) return `must be 1-${MAX_PATTERN_LENGTH} characters`;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})$`, 'i');
  } catch {
    return 'is not a valid regular expression';
  }
  if (re.test('')) return 'matches the empty string';
  if (!safeRegex(source)) return 'has nested quantifiers (catastrophic backtracking risk); write the repetition out, e.g. -\\d{3}-\\d{3}';
  return undefined;
}

/** Compiled for detectors: global (exec loops) and case-insensitive (mrn-1234567 is still an MRN). */
export function compileMrnPattern(source: string): RegExp {
  return new RegExp(source, 'gi');
}
