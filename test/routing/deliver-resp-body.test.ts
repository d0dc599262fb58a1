// SMPP 3.4 §4.6.2 / §4.7.2: deliver_sm_resp and data_sm_resp carry a message_id, which an ESME sets to NULL
// (one 0x00 octet). Strict carrier stacks (libsmpp34) refuse the header-only form, and a carrier that cannot
// parse the acknowledgement redelivers. Found by test/interop/libsmpp34.test.ts.
import net from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Framer } from '../../src/codec/framer.js';
import { buildPdu } from '../../src/codec/header.js';
import { Cmd, isResponse, responseOf } from '../../src/codec/commands.js';
import { tlvCString as cstring } from '../../src/codec/tlv.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { connectEsme, type Esme } from '../helpers/esme.js';
import { waitFor } from '../helpers/net.js';
import { fixture } from '../codec/fixtures.js';

/** A carrier that answers binds and submits, sends what the test asks, and keeps the responses it gets. */
async function startCarrier() {
  const responses: Buffer[] = [];
  let socket: net.Socket | undefined;
  const server = net.createServer((s) => {
    socket = s;
    s.on('error', () => undefined);
    const framer = new Framer(1 << 20);
    s.on('data', (c) =>
      framer.push(c, (f) => {
        const frame = Buffer.from(f);
        const id = frame.readUInt32BE(4);
        if (isResponse(id)) return void responses.push(frame);
        const body = id === Cmd.submit_sm ? cstring('0123456789') : id === Cmd.bind_transceiver ? cstring('rawsmsc') : undefined;
        s.write(buildPdu(responseOf(id), 0, frame.readUInt32BE(12), body));
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    responses,
    send: (frame: Buffer) => socket!.write(frame),
    close: () => new Promise<void>((r) => (socket?.destroy(), server.close(() => r()))),
  };
}

let carrier: Awaited<ReturnType<typeof startCarrier>>;
let g: TestGateway;
let esme: Esme;

test.before(async () => {
  carrier = await startCarrier();
  g = await startGateway({ carrierPort: carrier.port });
  await waitReady(g.gw);
  esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
});

test.after(async () => {
  await esme.close();
  await g.stop();
  await carrier.close();
});

/** Bounded above deliver.ts's wait for a receipt that overtakes its submit_sm_resp (5 s). */
async function responseTo(seq: number): Promise<Buffer> {
  return waitFor(() => carrier.responses.find((r) => r.readUInt32BE(12) === seq), 10_000);
}

/** A fixture frame with its own sequence number. */
function frame(name: string, seq: number): Buffer {
  const f = Buffer.from(fixture(name));
  f.writeUInt32BE(seq, 12);
  return f;
}

test('a receipt phiwall cannot route is refused with deliver_sm_resp carrying the NULL message_id', async () => {
  // Nothing was submitted yet: the carrier's id 0123456789 is unknown (phiwall waits ~5 s for it first).
  carrier.send(frame('deliver_sm_receipt', 501));
  const resp = await responseTo(501);
  assert.is(resp.toString('hex'), '00000011' + '80000005' + '00000064' + '000001f5' + '00', 'ESME_RX_T_APPN, header + one NULL octet');
});

test('a delivered receipt is acknowledged with deliver_sm_resp carrying the NULL message_id', async () => {
  const r = await esme.submit({ source_addr: 'ClinicA', destination_addr: '447700900123', short_message: 'See you Tuesday.', registered_delivery: 1 });
  assert.is(r.command_status, 0);
  carrier.send(frame('deliver_sm_receipt', 502));
  const resp = await responseTo(502);
  assert.is(resp.toString('hex'), '00000011' + '80000005' + '00000000' + '000001f6' + '00', 'ESME_ROK, header + one NULL octet');
  assert.is(esme.deliveries.length, 1, 'the client got the receipt');
});

test('a reply (deliver_sm) and a data_sm from the carrier are answered with the NULL message_id', async () => {
  carrier.send(frame('deliver_sm_mo', 503));
  carrier.send(frame('data_sm', 504));
  const mo = await responseTo(503);
  const data = await responseTo(504);
  assert.is(mo.toString('hex'), '00000011' + '80000005' + '00000000' + '000001f7' + '00');
  assert.is(data.toString('hex'), '00000011' + '80000103' + '00000000' + '000001f8' + '00');
});

test.run();
