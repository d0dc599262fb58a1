// What the vault stores under each token: the sealed value plus the metadata bound into its AAD.
import { isCategory, type Category } from '../categories.js';
import type { Sealed } from './cipher.js';

export interface VaultRecord extends Sealed {
  v: 1;
  kid: string;
  client: string;
  category: Category;
  createdAt: string;
}

export function encodeRecord(r: VaultRecord): string {
  return JSON.stringify(r);
}

/** The record, or undefined when the stored string is not one (never throws). */
export function decodeRecord(raw: string): VaultRecord | undefined {
  let r: unknown;
  try {
    r = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof r !== 'object' || r === null) return undefined;
  const o = r as Record<string, unknown>;
  const strings = ['kid', 'client', 'category', 'createdAt', 'iv', 'tag', 'ct'] as const;
  if (o.v !== 1 || !strings.every((f) => typeof o[f] === 'string')) return undefined;
  if (!isCategory(o.category as string)) return undefined;
  return o as unknown as VaultRecord;
}
