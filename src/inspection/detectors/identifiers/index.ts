import type { Detector } from '../../types.js';

export const identifierDetectors: readonly Detector[] = [];
