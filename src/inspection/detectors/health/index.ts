import type { Detector } from '../../types.js';

export const healthDetectors: readonly Detector[] = [];
