import type { Detector } from '../../types.js';

export const nameDetectors: readonly Detector[] = [];
