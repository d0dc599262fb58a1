// The HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) as they show up in SMS text. Names live in
// ../names; each detector here is one file.
import type { Detector } from '../../types.js';
import { accountDetector } from './account.js';
import { addressDetector } from './address.js';
import { ageDetector } from './age.js';
import { cardDetector } from './card.js';
import { dateDetector } from './date.js';
import { deviceIdDetector } from './device-id.js';
import { emailDetector } from './email.js';
import { healthPlanDetector } from './health-plan.js';
import { ipDetector } from './ip.js';
import { licenseDetector } from './license.js';
import { mbiDetector } from './mbi.js';
import { mrnDetector } from './mrn.js';
import { phoneDetector } from './phone.js';
import { ssnDetector } from './ssn.js';
import { urlDetector } from './url.js';
import { vinDetector } from './vin.js';
import { zipDetector } from './zip.js';

export const identifierDetectors: readonly Detector[] = [
  phoneDetector,
  emailDetector,
  urlDetector,
  ipDetector,
  ssnDetector,
  mrnDetector,
  healthPlanDetector,
  mbiDetector,
  accountDetector,
  cardDetector,
  licenseDetector,
  vinDetector,
  deviceIdDetector,
  addressDetector,
  zipDetector,
  dateDetector,
  ageDetector,
];
