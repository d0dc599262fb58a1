// Redis killed mid-traffic and started again (our own redis-server on a free port, never the shared one):
// no crash, every submit answered once; what needs Redis fails closed while it is down (a tokenizing policy
// refuses, receipts and replies get ESME_RX_T_APPN so the carrier retries); what does not need it goes on;
// and everything recovers by itself when Redis is back.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier } from '../helpers/carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { sleep } from '../helpers/net.js';
import { Status } from '../../src/codec/status.js';
import { report, startOwnRedis } from './helpers.js';
import { counter } from '../scale/helpers.js';

const PHI = 'Please call us about MRN 4839201 before Friday.';
const BENIGN = 'Your appointment is confirmed for March 14 at 10:30 AM.';

test('Redis killed and restarted mid-traffic: fail closed where it must, carry on where it can, recover by itself', async () => {
  let unhandled = 0;
  const onUnhandled = () => void unhandled++;
  process.on('unhandledRejection', onUnhandled);
  const redis = await startOwnRedis();
  const carrier = await startCarrier();
  const g = await startGateway({
    carrierPort: carrier.port,
    clients: [
      { system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'tok', mo_addresses: ['12345'] },
      { system_id: 'lab', password: 'labpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['7000*'] },
    ],
    policies: [{ name: 'tok', extends: 'strict', actions: { mrn: 'tokenize' } }],
    extra: { tokenize: { keys: [{ id: 'k1', key: 'ab'.repeat(32) }] }, redis: { url: redis.url, prefix: 'faults:' } },
  });
  await waitReady(g.gw);
  const emr = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  const submit = (text: string, dest: string, rd = 0) => emr.submit({ source_addr: '12345', destination_addr: dest, short_message: text, registered_delivery: rd });
  const carrierIdFor = (dest: string) => [...carrier.byId.entries()].find(([, p]) => p.destination_addr === dest)?.[0];
  const answers = new Map<number, number>();
  emr.session.on('submit_sm_resp', (p: { sequence_number: number }) => answers.set(p.sequence_number, (answers.get(p.sequence_number) ?? 0) + 1));
  const pumped: Promise<number>[] = [];
  let n = 0;
  const pump = setInterval(() => pumped.push(submit(BENIGN, `1555020${String(n++).padStart(4, '0')}`).then((r) => r.command_status)), 15);
  try {
    // Before: tokenized, and its receipt comes back.
    assert.is((await submit(PHI, '15550201001', 1)).command_status, 0);
    assert.not.match(String(carrier.byId.get(carrierIdFor('15550201001')!)?.short_message?.message), /4839201/);
    await submit(BENIGN, '15550201002', 1);
    const rxBefore = emr.deliveries.length;
    assert.is((await carrier.receiptFor(carrierIdFor('15550201002')!)).command_status, 0);
    await emr.waitDeliveries(rxBefore + 1);

    await redis.kill();
    const killedAt = performance.now();
    await sleep(200);

    // While Redis is down.
    const refused = await submit(PHI, '15550201003');
    assert.is.not(refused.command_status, 0, 'a tokenizing policy refuses: the vault is down');
    assert.is(carrierIdFor('15550201003'), undefined, 'nothing reached the carrier');
    assert.not.ok(carrier.submits.some((s) => String(s.short_message?.message ?? '').includes('4839201')), 'no cleartext ever');
    const idmapErrors0 = await counter(g.gw, 'phiwall_store_errors_total', { store: 'idmap' });
    const benign = await submit(BENIGN, '15550201004', 1);
    assert.is(benign.command_status, 0, 'a message that needs no vault goes: the carrier accepted it, the client is told so');
    assert.ok((await counter(g.gw, 'phiwall_store_errors_total', { store: 'idmap' })) > idmapErrors0, 'its id-map write failed and was counted');
    assert.is((await carrier.receiptFor(carrierIdFor('15550201002')!)).command_status, Status.ESME_RX_T_APPN, 'receipts: the carrier retries later');
    const mo = await carrier.deliver({ source_addr: '15550201099', destination_addr: '70001', esm_class: 0, short_message: 'ok' });
    assert.is(mo.command_status, Status.ESME_RX_T_APPN, 'replies to be queued: the carrier retries later');

    await redis.start();
    // Recovery by itself: the next tokenizing submit after the reconnect succeeds.
    let recovered = 0;
    for (let i = 0; i < 100; i++) {
      if ((await submit(PHI, `155502011${String(i).padStart(2, '0')}`)).command_status === 0) {
        recovered = performance.now() - killedAt;
        break;
      }
      await sleep(100);
    }
    assert.ok(recovered > 0, 'tokenizing works again');
    const after = await submit(BENIGN, '15550201200', 1);
    const rxAfter = emr.deliveries.length;
    assert.is((await carrier.receiptFor(carrierIdFor('15550201200')!)).command_status, 0);
    const [dlr] = (await emr.waitDeliveries(rxAfter + 1)).slice(rxAfter);
    assert.is(dlr!.receipted_message_id, after.message_id);
    assert.is((await carrier.deliver({ source_addr: '15550201098', destination_addr: '70001', esm_class: 0, short_message: 'later' })).command_status, 0, 'queued again');
    const lab = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    await lab.waitDeliveries(1);
    await lab.close();

    clearInterval(pump);
    const statuses = await Promise.all(pumped);
    assert.ok([...answers.values()].every((x) => x === 1), 'every submit answered exactly once');
    assert.ok(statuses.every((s) => s === 0), 'benign traffic never stopped');
    report('redis restart', { benignSubmits: statuses.length, tokenizingBackAfterKillMs: recovered });
    assert.is(unhandled, 0, 'no unhandled rejections');
  } finally {
    clearInterval(pump);
    process.off('unhandledRejection', onUnhandled);
    await emr.close();
    await g.stop();
    await carrier.close();
    await redis.stop();
  }
});

test.run();
