// The record shapes the gateway writes, as types to keep field names consistent across callers. Each is an
// AuditRecordInput; the writer adds seq, time and mac. None has room for content, a phone number or a token
// value: destinations and content appear only as keyed digests (see digest.ts).
import type { AuditRecordInput } from './line.js';

export type Digest = { hash: string; last4: string };

/** One per submit_sm, data_sm, submit_multi or replace_sm decision, written (and awaited) before relaying. */
export interface SubmitRecord extends AuditRecordInput {
  type: 'submit';
  command: 'submit_sm' | 'data_sm' | 'submit_multi' | 'replace_sm';
  system_id: string;
  listener: string;
  upstream?: string;
  /** The message_id phiwall gives (or gave) the client. */
  message_id?: string;
  destination?: Digest;
  /** submit_multi */
  destinations?: Digest[];
  action: 'allow' | 'block' | 'redact' | 'tokenize';
  /** Detected PHI categories with their counts, e.g. { phone: 1, mrn: 2 }. */
  categories: Record<string, number>;
  policy: string;
  policy_version: string | number;
  latency_us: number;
  /** contentDigest of the message as received. */
  content_hmac: string;
}

/** The carrier's answer to a relayed message (written with appendLater). */
export interface OutcomeRecord extends AuditRecordInput {
  type: 'outcome';
  message_id?: string;
  carrier_message_id?: string;
  upstream: string;
  command_status: number;
  latency_us?: number;
}

/** An inspected delivery receipt (or other reply) on its way back to a client. */
export interface ReceiptRecord extends AuditRecordInput {
  type: 'receipt';
  system_id?: string;
  upstream: string;
  message_id?: string;
  carrier_message_id?: string;
  action: 'allow' | 'block' | 'redact' | 'tokenize';
  categories: Record<string, number>;
}

/** An inspected mobile-originated message. */
export interface MoRecord extends AuditRecordInput {
  type: 'mo';
  upstream: string;
  system_id?: string;
  source?: Digest;
  action: 'allow' | 'block' | 'redact' | 'tokenize';
  categories: Record<string, number>;
  content_hmac?: string;
}

/** Administrative events: detokenize calls, config reloads, key or certificate changes. */
export interface AdminRecord extends AuditRecordInput {
  type: 'admin';
  event: 'detokenize' | 'reload' | (string & {});
  actor?: string;
  outcome?: 'ok' | 'denied' | 'error';
}
