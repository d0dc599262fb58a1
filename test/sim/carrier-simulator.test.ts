import pino from 'pino';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Status } from '../../src/codec/status.js';
import { startCarrierSimulator, type CarrierSimulator } from '../../src/sim/carrier-simulator.js';
import { Esme, messageOf, receiptFields } from './esme.js';

const log = pino({ level: 'silent' });
let sim: CarrierSimulator;
const esmes: Esme[] = [];

async function esme(): Promise<Esme> {
  const e = await Esme.connect(sim.port);
  esmes.push(e);
  return e;
}

test.after.each(async () => {
  await Promise.all(esmes.splice(0).map((e) => e.close()));
  await sim?.close();
});

test('submit_sm gets a message id and a matching receipt (TLV and text)', async () => {
  sim = await startCarrierSimulator({ log });
  const trx = await esme();
  assert.is((await trx.bind('transceiver')).command_status, Status.ESME_ROK);
  const resp = await trx.submit({ source_addr: '15551230001', destination_addr: '15551230002', short_message: 'Hello from the clinic, see you tomorrow', registered_delivery: 1 });
  assert.is(resp.command_status, Status.ESME_ROK);
  assert.is(resp.message_id, '1');

  const dr = await trx.nextDelivery();
  assert.is(dr.esm_class, 0x04);
  assert.is(dr.receipted_message_id, '1');
  assert.is(dr.message_state, 2);
  assert.is(dr.source_addr, '15551230002');
  assert.is(dr.destination_addr, '15551230001');
  const f = receiptFields(messageOf(dr));
  assert.is(f.id, '1');
  assert.is(f.stat, 'DELIVRD');
  assert.is(f.dlvrd, '001');
  assert.is(f.err, '000');
  assert.match(f['submit date']!, /^\d{10}$/);
  assert.match(messageOf(dr), /text:Hello from the clini$/);

  assert.is(sim.received.length, 1);
  assert.is(sim.received[0]!.text, 'Hello from the clinic, see you tomorrow');
  assert.equal(sim.received[0]!.destinations, ['15551230002']);
  assert.is(sim.received[0]!.system_id, 'emr');
});

test('no receipt unless registered_delivery asks; ids count up', async () => {
  sim = await startCarrierSimulator({ log });
  const trx = await esme();
  await trx.bind('transceiver');
  const a = await trx.submit({ destination_addr: '1', short_message: 'a' });
  const b = await trx.submit({ destination_addr: '1', short_message: 'b', registered_delivery: 1 });
  assert.equal([a.message_id, b.message_id], ['1', '2']);
  const dr = await trx.nextDelivery();
  assert.is(dr.receipted_message_id, '2');
  assert.is(trx.delivered.length, 0);
});

test('a transmitter gets no receipt; a receiver with the same system_id does', async () => {
  sim = await startCarrierSimulator({ log, systemId: 'emr', password: 'secret' });
  const tx = await esme();
  const rx = await esme();
  const otherRx = await esme();
  await tx.bind('transmitter');
  await rx.bind('receiver');
  await otherRx.bind('receiver');
  const resp = await tx.submit({ destination_addr: '15551230002', short_message: 'x', registered_delivery: 1 });
  const dr = await Promise.race([rx.nextDelivery(), otherRx.nextDelivery()]);
  assert.is(dr.receipted_message_id, resp.message_id);
  assert.is(tx.delivered.length, 0);
});

test('receipts go only to receivers of the submitting system_id, and wait for one to bind', async () => {
  sim = await startCarrierSimulator({ log });
  const tx = await esme();
  const stranger = await esme();
  await tx.bind('transmitter', 'emr');
  await stranger.bind('receiver', 'lab');
  const resp = await tx.submit({ destination_addr: '15551230002', short_message: 'x', registered_delivery: 1 });
  const late = await esme();
  await late.bind('receiver', 'emr');
  const dr = await late.nextDelivery();
  assert.is(dr.receipted_message_id, resp.message_id);
  assert.is(stranger.delivered.length, 0);
});

test('credentials are enforced when configured', async () => {
  sim = await startCarrierSimulator({ log, systemId: 'emr', password: 'secret' });
  const wrongId = await esme();
  assert.is((await wrongId.bind('transceiver', 'lab', 'secret')).command_status, Status.ESME_RINVSYSID);
  const wrongPw = await esme();
  assert.is((await wrongPw.bind('transceiver', 'emr', 'guess')).command_status, Status.ESME_RINVPASWD);
  // refused sessions cannot submit
  const resp = await wrongPw.submit({ destination_addr: '1', short_message: 'x' });
  assert.is(resp.command_status, Status.ESME_RINVBNDSTS);
  const ok = await esme();
  assert.is((await ok.bind('transceiver', 'emr', 'secret')).command_status, Status.ESME_ROK);
  assert.is((await ok.bind('transceiver', 'emr', 'secret')).command_status, Status.ESME_RALYBND);
});

test('a receiver cannot submit', async () => {
  sim = await startCarrierSimulator({ log });
  const rx = await esme();
  await rx.bind('receiver');
  assert.is((await rx.submit({ destination_addr: '1', short_message: 'x' })).command_status, Status.ESME_RINVBNDSTS);
});

test('failDestinations are refused with failStatus and get no receipt', async () => {
  sim = await startCarrierSimulator({ log, failDestinations: /^1555999/, failStatus: Status.ESME_RINVDSTADR });
  const trx = await esme();
  await trx.bind('transceiver');
  const refused = await trx.submit({ destination_addr: '15559990000', short_message: 'x', registered_delivery: 1 });
  assert.is(refused.command_status, Status.ESME_RINVDSTADR);
  const ok = await trx.submit({ destination_addr: '15551230000', short_message: 'y', registered_delivery: 1 });
  assert.is(ok.message_id, '1');
  assert.is((await trx.nextDelivery()).receipted_message_id, '1');
  assert.equal(sim.received.map((m) => [m.command_status, m.message_id]), [
    [Status.ESME_RINVDSTADR, undefined],
    [0, '1'],
  ]);
});

test('receiptStatus and hex ids show in the receipt', async () => {
  sim = await startCarrierSimulator({ log, receiptStatus: 'UNDELIV', idFormat: 'hex' });
  const trx = await esme();
  await trx.bind('transceiver');
  const resp = await trx.submit({ destination_addr: '1', short_message: 'x', registered_delivery: 2 });
  assert.is(resp.message_id, '0000000000000001');
  const dr = await trx.nextDelivery();
  assert.is(dr.message_state, 5);
  const f = receiptFields(messageOf(dr));
  assert.equal([f.id, f.stat, f.dlvrd], ['0000000000000001', 'UNDELIV', '000']);
});

test('data_sm and submit_multi are answered; submit_multi receipts one per destination', async () => {
  sim = await startCarrierSimulator({ log, failDestinations: /^0/ });
  const trx = await esme();
  await trx.bind('transceiver');
  const data = await trx.call((cb) => trx.session.data_sm({ destination_addr: '15551230002', message_payload: 'payload text' }, cb));
  assert.is(data.command, 'data_sm_resp');
  assert.is(data.message_id, '1');
  const multi = await trx.call((cb) =>
    trx.session.submit_multi(
      {
        dest_address: [{ destination_addr: '15551230003' }, { destination_addr: '0999' }, { destination_addr: '15551230004' }],
        short_message: 'to many',
        registered_delivery: 1,
      },
      cb,
    ),
  );
  assert.is(multi.command_status, 0);
  assert.is(multi.message_id, '2');
  assert.equal((multi.unsuccess_sme as Array<{ destination_addr: string }>).map((u) => u.destination_addr), ['0999']);
  const receipts = [await trx.nextDelivery(), await trx.nextDelivery()];
  assert.equal(receipts.map((r) => r.source_addr).sort(), ['15551230003', '15551230004']);
  assert.ok(receipts.every((r) => r.receipted_message_id === '2'));
  assert.is(sim.received[0]!.text, 'payload text');
  assert.equal(sim.received[1]!.destinations, ['15551230003', '0999', '15551230004']);
});

test('UDH messages are recorded byte-exact and receipts quote the text without the UDH', async () => {
  sim = await startCarrierSimulator({ log });
  const trx = await esme();
  await trx.bind('transceiver');
  const udh = Buffer.from([0x05, 0x00, 0x03, 0x2a, 0x02, 0x01]);
  await trx.submit({ destination_addr: '1', short_message: { udh, message: 'part one' }, registered_delivery: 1 });
  const dr = await trx.nextDelivery();
  assert.match(messageOf(dr), /text:part one$/);
  const got = sim.received[0]!;
  assert.equal(got.udh, udh);
  assert.is(got.text, 'part one');
  assert.ok(got.esm_class & 0x40);
});

test('enquire_link and unbind are answered', async () => {
  sim = await startCarrierSimulator({ log });
  const trx = await esme();
  await trx.bind('transceiver');
  assert.is((await trx.call((cb) => trx.session.enquire_link({}, cb))).command, 'enquire_link_resp');
  assert.is((await trx.call((cb) => trx.session.unbind({}, cb))).command, 'unbind_resp');
});

test('MO messages reach a receiving session, GSM or UCS-2', async () => {
  sim = await startCarrierSimulator({ log, moAfterBind: 'STOP' });
  const rx = await esme();
  await rx.bind('receiver');
  const first = await rx.nextDelivery();
  assert.is(messageOf(first), 'STOP');
  assert.is(first.esm_class, 0);
  assert.ok(sim.sendMo({ from: '15551230009', to: '12345', text: 'Grüße 👋', systemId: 'emr' }));
  const mo = await rx.nextDelivery();
  assert.is(mo.data_coding, 8);
  assert.is(messageOf(mo), 'Grüße 👋');
  assert.is(mo.source_addr, '15551230009');
  const long = '漢'.repeat(200); // 400 octets in UCS-2: too long for short_message
  assert.ok(sim.sendMo({ from: '15551230009', to: '12345', text: long }));
  const payload = await rx.nextDelivery();
  assert.is((payload.message_payload as { message?: string }).message, long);
  assert.not.ok(sim.sendMo({ from: '1', to: '2', text: 'x', systemId: 'nobody' }));
});

test('received keeps only the last maxReceived', async () => {
  sim = await startCarrierSimulator({ log, maxReceived: 2 });
  const trx = await esme();
  await trx.bind('transceiver');
  for (const text of ['a', 'b', 'c']) await trx.submit({ destination_addr: '1', short_message: text });
  assert.equal(sim.received.map((m) => m.text), ['b', 'c']);
  assert.is(sim.sessions, 1);
});

test.run();
