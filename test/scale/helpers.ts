// Two (or more) gateways in one process, sharing the one real Redis under a prefix of their own, bound to
// one carrier as different system_ids so a test can choose which instance's carrier bind a receipt uses.
import type { ConfigInput } from '../../src/config/schema.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { REDIS_URL } from '../store/helpers.js';
import type { SmppPdu } from '../helpers/smpp-lib.js';

export const CLIENTS: ConfigInput['clients'] = [
  { system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['12345'] },
  { system_id: 'lab', password: 'labpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['7000*'] },
];

export interface InstanceOptions {
  clients?: ConfigInput['clients'];
  upstream?: Partial<ConfigInput['upstreams'][number]>;
  extra?: Partial<ConfigInput>;
}

/** Instance `name` of a deployment: its carrier bind's system_id is `name`. */
export async function startInstance(name: string, carrierPort: number, prefix: string, o: InstanceOptions = {}): Promise<TestGateway> {
  const g = await startGateway({
    carrierPort,
    clients: o.clients ?? CLIENTS,
    upstream: { system_id: name, ...o.upstream },
    extra: { redis: { url: REDIS_URL, prefix }, ...o.extra },
  });
  await waitReady(g.gw);
  return g;
}

export const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';

export function textOf(pdu: SmppPdu): string {
  return String(pdu.short_message?.message ?? pdu.short_message);
}

/** The value of a counter in a gateway's metrics registry (summed over series matching `labels`). */
export async function counter(gw: TestGateway['gw'], name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = gw.metrics.registry.getSingleMetric(name);
  if (!m) return 0;
  const { values } = await m.get();
  return values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((n, v) => n + v.value, 0);
}
