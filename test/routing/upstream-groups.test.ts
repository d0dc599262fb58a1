// Carrier groups: priorities and weights; when a carrier is down traffic moves to the next; the parts of one
// concatenated message stay on one bind.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier } from '../helpers/carrier.js';
import { waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { waitFor } from '../helpers/net.js';
import { configSchema } from '../../src/config/schema.js';
import { Gateway } from '../../src/gateway.js';
import { silentLogger } from '../../src/observability/logger.js';
import { buildConcatUdh } from '../../src/codec/udh.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Carrier } from '../helpers/carrier.js';

const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';

async function groupGateway(a: Carrier, b: Carrier, members: { upstream: string; priority: number; weight?: number }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-groups-'));
  const up = (name: string, port: number) => ({ name, host: '127.0.0.1', port, system_id: 'gw', password: 'pw', binds: 2, reconnect_min: 50, reconnect_max: 200 });
  const cfg = configSchema.parse({
    listeners: [{ name: 'plain', host: '127.0.0.1', port: 0 }],
    upstreams: [up('a', a.port), up('b', b.port)],
    upstream_groups: [{ name: 'carriers', members }],
    clients: [{ system_id: 'emr', password: 'emrpass', upstream: 'carriers' }],
    audit: { path: join(dir, 'audit.log'), key: 'groups-test-audit-key-0123456789abcdef' },
  });
  const gw = await Gateway.start(cfg, { log: silentLogger });
  await waitReady(gw);
  return gw;
}

test('priority 1 takes the traffic; when it is down, priority 2 does; when it is back, priority 1 again', async () => {
  const a = await startCarrier();
  const b = await startCarrier();
  const gw = await groupGateway(a, b, [
    { upstream: 'a', priority: 1 },
    { upstream: 'b', priority: 2 },
  ]);
  const esme = await connectEsme({ port: gw.ports().plain!, system_id: 'emr', password: 'emrpass' });
  try {
    assert.is((await esme.submit({ destination_addr: '15550013001', short_message: TEXT })).command_status, 0);
    assert.is(a.submits.length, 1);
    await a.close();
    await waitFor(() => gw.clusters.get('a')!.boundCount === 0);
    assert.is((await esme.submit({ destination_addr: '15550013002', short_message: TEXT })).command_status, 0);
    assert.is(b.submits.length, 1, 'failed over to b');
    await a.restart();
    await waitFor(() => gw.clusters.get('a')!.boundCount > 0, 5000);
    assert.is((await esme.submit({ destination_addr: '15550013003', short_message: TEXT })).command_status, 0);
    assert.is(a.submits.length, 2, 'back on a');
  } finally {
    await esme.close();
    await gw.stop(1000);
    await a.close().catch(() => undefined);
    await b.close();
  }
});

test('equal priorities share by weight; the parts of a concatenated message go through one bind', async () => {
  const a = await startCarrier();
  const b = await startCarrier();
  const gw = await groupGateway(a, b, [
    { upstream: 'a', priority: 1, weight: 1 },
    { upstream: 'b', priority: 1, weight: 1 },
  ]);
  const esme = await connectEsme({ port: gw.ports().plain!, system_id: 'emr', password: 'emrpass' });
  try {
    for (let i = 0; i < 40; i++) await esme.submit({ destination_addr: `1555001400${String(i).padStart(2, '0')}`, short_message: TEXT });
    assert.ok(a.submits.length > 0 && b.submits.length > 0, `a ${a.submits.length}, b ${b.submits.length}`);
    // Which carrier session (bind) each part of 10 three-part messages arrived on.
    const seen = new Map<string, Set<unknown>>();
    const parts = new Map<string, number>();
    const track = (c: Carrier) =>
      c.sessions.forEach((s) =>
        s.on('submit_sm', (p: { destination_addr: string }) => {
          if (!seen.has(p.destination_addr)) seen.set(p.destination_addr, new Set());
          seen.get(p.destination_addr)!.add(s);
          parts.set(p.destination_addr, (parts.get(p.destination_addr) ?? 0) + 1);
        }),
      );
    track(a);
    track(b);
    for (let m = 0; m < 10; m++) {
      for (let i = 1; i <= 3; i++) {
        const udh = buildConcatUdh(m, 3, i);
        await esme.submit({ destination_addr: `15550015${m}`, esm_class: 0x40, short_message: Buffer.concat([udh, Buffer.from(`part ${i} of a notice. `)]) });
      }
    }
    await waitFor(() => parts.size === 10 && [...parts.values()].every((n) => n === 3));
    for (const [dest, sessions] of seen) assert.is(sessions.size, 1, `all parts to ${dest} on one bind`);
  } finally {
    await esme.close();
    await gw.stop(1000);
    await a.close();
    await b.close();
  }
});

test.run();
