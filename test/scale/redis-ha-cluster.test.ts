// Redis Cluster for real, on loopback: three private masters joined by `redis-cli --cluster create`
// (test/helpers/redis-servers.ts). The KvStore, queue and rate conformance suites run against Cluster-
// configured stores, and a gateway on the cluster routes receipts back with the client's id: the id map's
// batched writes span slots (pipelined SETs, not the Lua batch) and the delivery queue is a Stream per client.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Status } from '../../src/codec/status.js';
import { createKvStore, createQueueStore, createRateStore } from '../../src/store/create.js';
import type { RedisConnection } from '../../src/store/redis/connect.js';
import { startCarrier } from '../helpers/carrier.js';
import { connectEsme } from '../helpers/esme.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { ask, redisServersGate, startRedisCluster, type RedisClusterSet } from '../helpers/redis-servers.js';
import { registerKvConformance } from '../store/kv-conformance.js';
import { silentLog } from '../store/helpers.js';
import { CLIENTS, TEXT, textOf } from './helpers.js';
import { registerQueueConformance } from './queue-conformance.js';
import { registerRateConformance } from './rate-conformance.js';

const test = suite('redis cluster (private servers)');
const on = redisServersGate(test);
const prefix = 'phiwall-ha:';
let servers: RedisClusterSet | undefined;

const conn = (): RedisConnection => {
  if (!servers) throw new Error('the Cluster servers did not start');
  return { cluster: servers.seeds };
};

/** Keys under `match` on each node (SCAN: a node answers only for its own slots). */
async function keysPerNode(match: string): Promise<number[]> {
  return Promise.all(
    servers!.nodes.map(async (n) => {
      let cursor = '0';
      let count = 0;
      do {
        const [next, keys] = (await ask(n.port, ['SCAN', cursor, 'MATCH', match, 'COUNT', 1000])) as [string, string[]];
        cursor = next;
        count += keys.length;
      } while (cursor !== '0');
      return count;
    }),
  );
}

if (on) {
  test.after(async () => {
    await servers?.stop();
  });

  test('three masters form a cluster on private ports', async () => {
    servers = await startRedisCluster();
    assert.is(servers.nodes.length, 3);
  });

  registerKvConformance(test, () => createKvStore({ redis: conn(), prefix, log: silentLog }));
  registerQueueConformance(test, (limits) => createQueueStore({ redis: conn(), prefix, log: silentLog, limits, maxTotal: 0 }));
  registerRateConformance(test, async () => (await createRateStore({ redis: conn(), prefix, log: silentLog }))!);

  test('setMany spreads one batch over the three masters', async () => {
    const s = await createKvStore({ redis: conn(), prefix, log: silentLog });
    try {
      await s.setMany(Array.from({ length: 60 }, (_, i) => [`spread:${i}`, `v${i}`] as const), 30_000);
      const counts = await keysPerNode(`${prefix}spread:*`);
      assert.is(counts.reduce((a, b) => a + b, 0), 60);
      assert.ok(counts.every((c) => c > 0), `keys on every node: ${counts}`);
    } finally {
      await s.close();
    }
  });

  test('a gateway on the cluster: receipts come back with the client’s ids, directly and through the delivery queue', async () => {
    const carrier = await startCarrier();
    const gwPrefix = `${prefix}gw:`;
    const g = await startGateway({ carrierPort: carrier.port, clients: CLIENTS, extra: { redis: { cluster: servers!.seeds, prefix: gwPrefix } } });
    const carrierIdFor = (dest: string) => [...carrier.byId.entries()].find(([, p]) => p.destination_addr === dest)![0];
    try {
      await waitReady(g.gw);
      // Submits in one burst, so the id map writes them as batches (several links per setMany).
      const emr = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
      try {
        const dests = Array.from({ length: 20 }, (_, i) => `155500300${String(i).padStart(2, '0')}`);
        const resps = await Promise.all(dests.map((d) => emr.submit({ source_addr: '12345', destination_addr: d, short_message: TEXT, registered_delivery: 1 })));
        assert.ok(resps.every((r) => r.command_status === Status.ESME_ROK));
        const idMapKeys = await keysPerNode(`${gwPrefix}ids:*`);
        assert.ok(idMapKeys.filter((c) => c > 0).length >= 2, `the id map spans nodes: ${idMapKeys}`);
        for (const d of dests) assert.is((await carrier.receiptFor(carrierIdFor(d))).command_status, Status.ESME_ROK);
        const dlrs = await emr.waitDeliveries(20);
        assert.equal(
          dlrs.map((x) => x.receipted_message_id).sort(),
          resps.map((r) => r.message_id).sort(),
        );
        for (const x of dlrs) assert.match(textOf(x), new RegExp(`^id:${x.receipted_message_id} `));
      } finally {
        await emr.close();
      }

      // A client bound nowhere: its receipt waits in its Stream, then arrives with its id when it binds.
      const tx = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'transmitter' });
      const r = await tx.submit({ source_addr: '70001', destination_addr: '15550030100', short_message: TEXT, registered_delivery: 1 });
      await tx.close();
      assert.is((await carrier.receiptFor(carrierIdFor('15550030100'))).command_status, Status.ESME_ROK);
      assert.is(await g.gw.delivery.size('lab'), 1, 'queued in the cluster');
      const rx = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
      try {
        const [dlr] = await rx.waitDeliveries(1);
        assert.is(dlr!.receipted_message_id, r.message_id);
      } finally {
        await rx.close();
      }
    } finally {
      await g.stop();
      await carrier.close();
    }
  });
}

test.run();
