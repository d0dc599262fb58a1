// Client → carrier relay over real loopback sessions: the carrier sees the submit, the client gets the
// carrier's status with its own sequence number and phiwall's message_id, and ids translate both ways.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { connectEsme, type Esme } from '../helpers/esme.js';
import { rawConnect } from '../helpers/raw-client.js';
import { Cmd } from '../../src/codec/commands.js';
import { Status } from '../../src/codec/status.js';
import { buildPdu } from '../../src/codec/header.js';
import { encodePdu, decodePdu } from '../../src/codec/pdu.js';
import { submitFields } from '../helpers/pdus.js';

let carrier: Carrier;
let g: TestGateway;
let esme: Esme;

const BENIGN = 'Your appointment is confirmed for March 14 at 10:30 AM. Reply C to cancel.';

test.before(async () => {
  carrier = await startCarrier({ failDestination: /^1999/ });
  g = await startGateway({ carrierPort: carrier.port });
  await waitReady(g.gw);
  esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
});

test.after(async () => {
  await esme.close();
  await g.stop();
  await carrier.close();
});

test('submit_sm reaches the carrier and the client gets phiwall’s message_id', async () => {
  const r = await esme.submit({ source_addr: '12345', destination_addr: '15550001001', short_message: BENIGN, registered_delivery: 1 });
  assert.is(r.command_status, 0);
  assert.match(r.message_id, /^[0-9a-f]{16}$/);
  const got = carrier.submits.find((p) => p.destination_addr === '15550001001');
  assert.ok(got, 'the carrier got it');
  assert.is(String(got!.short_message.message ?? got!.short_message), BENIGN);
});

test('the carrier’s error status is relayed unchanged with the client’s sequence number', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  const pdu = {
    command_id: Cmd.submit_sm,
    command_status: 0,
    sequence_number: 4242,
    fields: submitFields({ destination_addr: '19995550000', short_message: Buffer.from('hello') }),
    tlvs: [],
  };
  p.send(encodePdu(pdu));
  const resp = await p.next();
  assert.is(resp.readUInt32BE(4), Cmd.submit_sm_resp);
  assert.is(resp.readUInt32BE(8), Status.ESME_RINVDSTADR);
  assert.is(resp.readUInt32BE(12), 4242);
  p.close();
});

test('a submit with a vendor TLV and a relative validity period is accepted by the carrier', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  const frame = encodePdu({
    command_id: Cmd.submit_sm,
    command_status: 0,
    sequence_number: 77,
    fields: submitFields({ destination_addr: '15550001002', validity_period: '000001000000000R', short_message: Buffer.from('See you at 3pm.') }),
    tlvs: [
      { tag: 0x1401, value: Buffer.from('deadbeef', 'hex') },
      { tag: 0x0204, value: Buffer.from([0x12, 0x34]) },
    ],
  });
  p.send(frame);
  const resp = await p.next();
  assert.is(resp.readUInt32BE(8), 0);
  assert.ok(carrier.submits.find((x) => x.destination_addr === '15550001002'));
  p.close();
});

test('data_sm and submit_multi are relayed', async () => {
  const d = await esme.call('data_sm', { source_addr: '12345', destination_addr: '15550001003', message_payload: 'Hello via data_sm' });
  assert.is(d.command_status, 0);
  assert.match(d.message_id, /^[0-9a-f]{16}$/);
  const m = await esme.call('submit_multi', {
    source_addr: '12345',
    dest_address: [{ dest_addr_ton: 1, dest_addr_npi: 1, destination_addr: '15550001004' }],
    short_message: 'Clinic closed Monday for the holiday.',
  });
  assert.is(m.command_status, 0);
});

test('query_sm, cancel_sm and replace_sm translate phiwall’s id to the carrier’s and back', async () => {
  const r = await esme.submit({ source_addr: '12345', destination_addr: '15550001005', short_message: 'Reminder: bring your insurance card.' });
  const q = await esme.call('query_sm', { message_id: r.message_id, source_addr: '12345' });
  assert.is(q.command_status, 0);
  assert.is(q.message_id, r.message_id, 'the client sees its own id in query_sm_resp');
  const atCarrier = carrier.submits.filter((x) => x.command === 'query_sm').pop();
  assert.ok(atCarrier && /^\d+$/.test(atCarrier.message_id), 'the carrier sees its own id');
  const rep = await esme.call('replace_sm', { message_id: r.message_id, source_addr: '12345', short_message: 'Reminder: bring your photo ID.' });
  assert.is(rep.command_status, 0);
  const c = await esme.call('cancel_sm', { message_id: r.message_id, source_addr: '12345', destination_addr: '15550001005' });
  assert.is(c.command_status, 0);
  const unknown = await esme.call('query_sm', { message_id: 'ffffffffffffffff', source_addr: '12345' });
  assert.is(unknown.command_status, Status.ESME_RINVMSGID);
});

test('a submit_sm_resp without a body (error) reaches the client without a body', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  p.send(encodePdu({ command_id: Cmd.submit_sm, command_status: 0, sequence_number: 9, fields: submitFields({ destination_addr: '19990000000', short_message: Buffer.from('x') }), tlvs: [] }));
  const resp = await p.next();
  const d = decodePdu(resp);
  assert.ok(d.ok);
  assert.is(resp.readUInt32BE(8), Status.ESME_RINVDSTADR);
  p.close();
});

test('unbind from the client while a response is pending does not crash the gateway', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  p.send(encodePdu({ command_id: Cmd.submit_sm, command_status: 0, sequence_number: 10, fields: submitFields({ destination_addr: '15550001006', short_message: Buffer.from('ok') }), tlvs: [] }));
  p.send(buildPdu(Cmd.unbind, 0, 11));
  p.close();
  const e = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  assert.is(e.bindStatus, 0);
  await e.close();
});

test.run();
