import type { HealthCategory, SensitiveClass } from '../categories.js';

/** A list of health terms sharing one category and sensitive class (syntax: data/health/README.md). */
export interface TermGroup {
  readonly category: HealthCategory;
  readonly sensitive?: SensitiveClass;
  readonly terms: string;
}
