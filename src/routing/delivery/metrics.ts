// Delivery queue metrics, registered on the gateway's registry.
import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';

export interface DeliveryMetrics {
  delivered: Counter<'path'>;
  queued: Counter;
  queueRefused: Counter<'reason'>;
  fallbacks: Counter;
  refused: Counter;
}

export function deliveryMetrics(registry: Registry): DeliveryMetrics {
  return {
    delivered: new Counter({
      name: 'phiwall_deliveries_total',
      help: 'Receipts and replies the client acknowledged, by path (direct: straight to a local session; queue: from the delivery queue)',
      labelNames: ['path'] as const,
      registers: [registry],
    }),
    queued: new Counter({
      name: 'phiwall_delivery_queued_total',
      help: 'Receipts and replies written to the delivery queue (the carrier was answered once they were stored)',
      registers: [registry],
    }),
    queueRefused: new Counter({
      name: 'phiwall_delivery_queue_refused_total',
      help: 'Receipts and replies the queue could not take (full, or store down); the carrier got ESME_RX_T_APPN',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    fallbacks: new Counter({
      name: 'phiwall_delivery_fallbacks_total',
      help: 'Direct deliveries without an answer from the client, queued instead',
      registers: [registry],
    }),
    refused: new Counter({
      name: 'phiwall_delivery_refused_by_client_total',
      help: 'Queued receipts and replies the client refused with a permanent error (dropped, audited)',
      registers: [registry],
    }),
  };
}
