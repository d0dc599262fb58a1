import type { Detector } from '../../types.js';
import { nameDetector } from './name-detector.js';

export const nameDetectors: readonly Detector[] = [nameDetector];
