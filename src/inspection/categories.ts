// What the detectors report. One list, shared by detectors, policies, the audit trail and the corpus labels.
// Identifier categories follow the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)); health categories are
// information about the recipient or a named person.
export const IDENTIFIER_CATEGORIES = [
  'name', // a person's name (patient, relative)
  'address', // street address
  'zip', // ZIP / postal code tied to a person
  'date', // a date tied to a person: birth, admission, discharge, death
  'age', // an age over 89
  'phone', // phone or fax number (not on the sender's callback allow-list)
  'email',
  'url', // a URL that carries an identifier
  'ip',
  'ssn',
  'mrn', // medical record number
  'health_plan_id', // health-plan, member, group, subscriber id
  'mbi', // Medicare Beneficiary Identifier
  'account', // account number
  'card', // payment card number (Luhn)
  'license', // licence or certificate numbers: DEA, NPI, driver's licence
  'vin', // vehicle identification number
  'device_id', // IMEI, device serial numbers
] as const;

export const HEALTH_CATEGORIES = [
  'condition', // diagnosis, condition, symptom tied to a person
  'medication', // drug by brand or generic name
  'lab', // lab test or result value
  'procedure', // procedure, surgery, treatment
] as const;

export const CATEGORIES = [...IDENTIFIER_CATEGORIES, ...HEALTH_CATEGORIES] as const;
export type IdentifierCategory = (typeof IDENTIFIER_CATEGORIES)[number];
export type HealthCategory = (typeof HEALTH_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

/** Sensitive classes flagged on health findings (and used by policies to escalate). */
export const SENSITIVE_CLASSES = [
  'hiv_sti',
  'mental_health',
  'substance_use',
  'reproductive',
  'genetic',
  'oncology',
] as const;
export type SensitiveClass = (typeof SENSITIVE_CLASSES)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
