// Two phiwall instances sharing one Redis: a receipt or reply that arrives on either instance's carrier
// bind reaches the client wherever it is bound, with the id it was given; receipts for a client bound
// nowhere wait in its queue and arrive in order when it binds, on either instance.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import type { TestGateway } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { Status } from '../../src/codec/status.js';
import { deletePrefix, redisGate, testPrefix } from '../store/helpers.js';
import { counter, startInstance, TEXT, textOf } from './helpers.js';

const up = await redisGate(test);
const prefix = testPrefix('scale');
let carrier: Carrier;
let a: TestGateway;
let b: TestGateway;

if (up) {
  test.before(async () => {
    carrier = await startCarrier();
    a = await startInstance('gwA', carrier.port, prefix);
    b = await startInstance('gwB', carrier.port, prefix);
  });

  test.after(async () => {
    await a?.stop();
    await b?.stop();
    await carrier?.close();
    await deletePrefix(prefix);
  });

  const carrierIdFor = (dest: string) => [...carrier.byId.entries()].find(([, p]) => p.destination_addr === dest)![0];

  test('submitted through A, receipted on B’s carrier bind: the client bound on A gets it with its own id', async () => {
    const emr = await connectEsme({ port: a.port, system_id: 'emr', password: 'emrpass' });
    try {
      const r = await emr.submit({ source_addr: '12345', destination_addr: '15550020001', short_message: TEXT, registered_delivery: 1 });
      assert.is(r.command_status, 0);
      const carrierId = carrierIdFor('15550020001');
      const resp = await carrier.receiptFor(carrierId, { via: 'gwB' });
      assert.is(resp.command_status, Status.ESME_ROK, 'B answers once the receipt is stored in Redis');
      const [dlr] = await emr.waitDeliveries(1);
      assert.is(dlr!.receipted_message_id, r.message_id);
      assert.match(textOf(dlr!), new RegExp(`^id:${r.message_id} `));
      assert.not.match(textOf(dlr!), new RegExp(`id:${carrierId} `));
    } finally {
      await emr.close();
    }
  });

  test('a reply that arrives on B reaches the client bound only on A', async () => {
    const emr = await connectEsme({ port: a.port, system_id: 'emr', password: 'emrpass', mode: 'receiver' });
    try {
      const resp = await carrier.deliver({ source_addr: '15550020002', destination_addr: '12345', esm_class: 0, short_message: 'YES' }, 'gwB');
      assert.is(resp.command_status, 0);
      const [mo] = await emr.waitDeliveries(1);
      assert.is(textOf(mo!), 'YES');
    } finally {
      await emr.close();
    }
  });

  test('a client bound nowhere: its receipts are queued and arrive in order when it binds, on either instance', async () => {
    const tx = await connectEsme({ port: a.port, system_id: 'lab', password: 'labpass', mode: 'transmitter' });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await tx.submit({ source_addr: '70001', destination_addr: `1555002100${i}`, short_message: TEXT, registered_delivery: 1 });
      ids.push(r.message_id);
    }
    await tx.close();
    // Receipts arrive on both instances' carrier binds, one after the other; nobody can take them.
    for (let i = 0; i < 6; i++) {
      const resp = await carrier.receiptFor(carrierIdFor(`1555002100${i}`), { via: i % 2 ? 'gwA' : 'gwB' });
      assert.is(resp.command_status, Status.ESME_ROK, `receipt ${i} stored`);
    }
    assert.is(await b.gw.delivery.size('lab'), 6);
    const rx = await connectEsme({ port: b.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    try {
      const got = await rx.waitDeliveries(6);
      assert.equal(
        got.map((d) => d.receipted_message_id),
        ids,
        'in the order the carrier sent them',
      );
      for (let i = 0; i < 50 && (await b.gw.delivery.size('lab')) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.is(await b.gw.delivery.size('lab'), 0, 'acknowledged entries leave the queue');
    } finally {
      await rx.close();
    }
  });

  test('receipts alternating between the instances while the client is bound on one arrive in the order sent', async () => {
    const rx = await connectEsme({ port: b.port, system_id: 'lab', password: 'labpass' });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const r = await rx.submit({ source_addr: '70001', destination_addr: `155500220${String(i).padStart(2, '0')}`, short_message: TEXT, registered_delivery: 1 });
        ids.push(r.message_id);
      }
      for (let i = 0; i < 10; i++) {
        const resp = await carrier.receiptFor(carrierIdFor(`155500220${String(i).padStart(2, '0')}`), { via: i % 2 ? 'gwA' : 'gwB' });
        assert.is(resp.command_status, 0);
      }
      const direct0 = await counter(b.gw, 'phiwall_deliveries_total', { path: 'direct' });
      const got = await rx.waitDeliveries(10);
      assert.equal(got.map((d) => d.receipted_message_id), ids);
      assert.ok((await counter(a.gw, 'phiwall_delivery_queued_total')) >= 5, 'those on A went through the queue');
      assert.ok(direct0 > 0, 'B gave some straight to the session it has');
    } finally {
      await rx.close();
    }
  });
}

test.run();
