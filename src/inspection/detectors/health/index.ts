import type { Detector } from '../../types.js';
import { healthDetector } from './health-detector.js';

export const healthDetectors: readonly Detector[] = [healthDetector];
