// Carrier → client: delivery receipts come back with the id the client was given (TLV and text), even when
// they overtake the submit_sm_resp or use another id format; replies reach the right client.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { connectEsme, type Esme } from '../helpers/esme.js';
import { sleep, waitFor } from '../helpers/net.js';
import { Status } from '../../src/codec/status.js';

const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';

async function setup(carrierOpts: Parameters<typeof startCarrier>[0] = {}) {
  const carrier = await startCarrier(carrierOpts);
  const g = await startGateway({
    carrierPort: carrier.port,
    clients: [
      { system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['12345'] },
      { system_id: 'pager', password: 'pagerpw', upstream: 'carrier', policy: 'strict', mo_addresses: ['7000*'] },
    ],
  });
  await waitReady(g.gw);
  return { carrier, g };
}

let carrier: Carrier;
let g: TestGateway;
let emr: Esme;

test.before(async () => {
  ({ carrier, g } = await setup());
  emr = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
});

test.after(async () => {
  await emr.close();
  await g.stop();
  await carrier.close();
});

test('a receipt comes back with the client’s id in receipted_message_id and in the text', async () => {
  const r = await emr.submit({ source_addr: '12345', destination_addr: '15550002001', short_message: TEXT, registered_delivery: 1 });
  assert.is(r.command_status, 0);
  const carrierId = [...carrier.byId.entries()].find(([, p]) => p.destination_addr === '15550002001')![0];
  assert.is.not(carrierId, r.message_id);
  const n = emr.deliveries.length;
  const resp = await carrier.receiptFor(carrierId);
  assert.is(resp.command_status, 0, 'the carrier gets deliver_sm_resp OK once the client answered');
  const [dlr] = (await emr.waitDeliveries(n + 1)).slice(n);
  assert.is(dlr!.receipted_message_id, r.message_id);
  const text = String(dlr!.short_message?.message ?? dlr!.short_message);
  assert.match(text, new RegExp(`^id:${r.message_id} `));
  assert.ok(!text.includes(carrierId + ' '), 'the carrier id is gone from the text');
});

test('a receipt that only carries the id in its text is routed too', async () => {
  const r = await emr.submit({ source_addr: '12345', destination_addr: '15550002002', short_message: TEXT, registered_delivery: 1 });
  const carrierId = [...carrier.byId.entries()].find(([, p]) => p.destination_addr === '15550002002')![0];
  const n = emr.deliveries.length;
  await carrier.receiptFor(carrierId, { tlv: false });
  const [dlr] = (await emr.waitDeliveries(n + 1)).slice(n);
  assert.match(String(dlr!.short_message?.message ?? dlr!.short_message), new RegExp(`^id:${r.message_id} `));
});

test('the receipt text echo is sanitized: PHI in it does not come back', async () => {
  await emr.submit({ source_addr: '12345', destination_addr: '15550002003', short_message: TEXT, registered_delivery: 1 });
  const carrierId = [...carrier.byId.entries()].find(([, p]) => p.destination_addr === '15550002003')![0];
  const n = emr.deliveries.length;
  await carrier.receiptFor(carrierId, { text: 'Your HIV test is pos' });
  const [dlr] = (await emr.waitDeliveries(n + 1)).slice(n);
  const text = String(dlr!.short_message?.message ?? dlr!.short_message);
  assert.not.match(text, /HIV/);
  assert.match(text, /stat:DELIVRD/);
});

test('a receipt that arrives before the submit_sm_resp still reaches the client', async () => {
  const slow = await setup({ delayMs: 300 });
  const esme = await connectEsme({ port: slow.g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const pending = esme.submit({ source_addr: '12345', destination_addr: '15550002004', short_message: TEXT, registered_delivery: 1 });
    await waitFor(() => slow.carrier.submits.length > 0);
    // The carrier will answer with id 1001 after 300 ms; its receipt goes out first.
    await slow.carrier.deliver({ source_addr: '15550002004', destination_addr: '12345', esm_class: 4, short_message: 'id:1001 sub:001 dlvrd:001 submit date:2611271200 done date:2611271201 stat:DELIVRD err:000 text:', receipted_message_id: '1001', message_state: 2 });
    const r = await pending;
    const [dlr] = await esme.waitDeliveries(1, 5000);
    assert.is(dlr!.receipted_message_id, r.message_id);
  } finally {
    await esme.close();
    await slow.g.stop();
    await slow.carrier.close();
  }
});

test('hex ids in submit_sm_resp match decimal, upper-case or zero-padded ids in receipts', async () => {
  const hex = await setup({ idFormat: (n) => (0xa0000 + n).toString(16).toUpperCase() });
  const esme = await connectEsme({ port: hex.g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const variants = [(id: string) => String(parseInt(id, 16)), (id: string) => id.toLowerCase(), (id: string) => `000${id}`];
    for (const [i, variant] of variants.entries()) {
      const dest = `1555000300${i}`;
      const r = await esme.submit({ source_addr: '12345', destination_addr: dest, short_message: TEXT, registered_delivery: 1 });
      const carrierId = [...hex.carrier.byId.entries()].find(([, p]) => p.destination_addr === dest)![0];
      const n = esme.deliveries.length;
      const other = variant(carrierId);
      await hex.carrier.receiptFor(carrierId, { tlv: true, textId: other });
      await hex.carrier.deliver({ source_addr: dest, destination_addr: '12345', esm_class: 4, short_message: `id:${other} stat:DELIVRD err:000 text:`, receipted_message_id: other, message_state: 2 });
      const got = (await esme.waitDeliveries(n + 2)).slice(n);
      for (const d of got) assert.is(d.receipted_message_id, r.message_id, `variant ${i}`);
    }
  } finally {
    await esme.close();
    await hex.g.stop();
    await hex.carrier.close();
  }
});

test('a reply from a patient goes to the client its number belongs to', async () => {
  const pager = await connectEsme({ port: g.port, system_id: 'pager', password: 'pagerpw', mode: 'receiver' });
  try {
    const e0 = emr.deliveries.length;
    const r1 = await carrier.deliver({ source_addr: '15550004001', destination_addr: '12345', esm_class: 0, short_message: 'YES' });
    assert.is(r1.command_status, 0);
    const [mo] = (await emr.waitDeliveries(e0 + 1)).slice(e0);
    assert.is(String(mo!.short_message?.message ?? mo!.short_message), 'YES');
    const r2 = await carrier.deliver({ source_addr: '15550004002', destination_addr: '70001', esm_class: 0, short_message: 'ACK 42' });
    assert.is(r2.command_status, 0);
    await pager.waitDeliveries(1);
    assert.is(emr.deliveries.length, e0 + 1, 'not to the other client');
  } finally {
    await pager.close();
  }
});

test('with no receiving session bound, the reply is queued (the carrier gets ESME_ROK) and arrives when the client binds', async () => {
  const r = await carrier.deliver({ source_addr: '15550004003', destination_addr: '70002', esm_class: 0, short_message: 'hello' });
  assert.is(r.command_status, Status.ESME_ROK);
  const pager = await connectEsme({ port: g.port, system_id: 'pager', password: 'pagerpw', mode: 'receiver' });
  try {
    const [mo] = await pager.waitDeliveries(1);
    assert.is(String(mo!.short_message?.message ?? mo!.short_message), 'hello');
  } finally {
    await pager.close();
  }
});

test('a receipt for an id phiwall never issued gets a temporary error and reaches nobody', async () => {
  const n = emr.deliveries.length;
  const t0 = Date.now();
  const r = await carrier.deliver({ source_addr: '1', destination_addr: '12345', esm_class: 4, short_message: 'id:999999 stat:DELIVRD err:000 text:', receipted_message_id: '999999', message_state: 2 });
  assert.is(r.command_status, Status.ESME_RX_T_APPN);
  assert.ok(Date.now() - t0 < 8000);
  await sleep(50);
  assert.is(emr.deliveries.length, n);
});

test.run();
