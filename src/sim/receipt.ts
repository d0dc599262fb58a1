import type { ReceiptStatus } from './types.js';

export interface ReceiptFacts {
  messageId: string;
  submitted: Date;
  done: Date;
  status: ReceiptStatus;
  /** The original message text; the receipt quotes its first 20 characters as carriers do. */
  text: string | undefined;
}

/**
 * The de-facto receipt text (SMPP 3.4 Appendix B):
 * `id:7 sub:001 dlvrd:001 submit date:2611271805 done date:2611271805 stat:DELIVRD err:000 text:Hello`
 */
export function receiptText(r: ReceiptFacts): string {
  const delivered = r.status === 'DELIVRD';
  const quoted = (r.text ?? '').slice(0, 20).replace(/[^\x20-\x7e]/g, '?');
  return (
    `id:${r.messageId} sub:001 dlvrd:${delivered ? '001' : '000'} submit date:${smscDate(r.submitted)} ` +
    `done date:${smscDate(r.done)} stat:${r.status} err:${delivered ? '000' : '001'} text:${quoted}`
  );
}

/** YYMMDDhhmm in UTC. */
export function smscDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    two(d.getUTCFullYear() % 100) + two(d.getUTCMonth() + 1) + two(d.getUTCDate()) + two(d.getUTCHours()) + two(d.getUTCMinutes())
  );
}
