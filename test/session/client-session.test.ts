// Downstream sessions over real loopback sockets: binds, refusals, state rules, malformed input.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { rawConnect } from '../helpers/raw-client.js';
import { sleep, waitFor } from '../helpers/net.js';
import { Cmd } from '../../src/codec/commands.js';
import { Status } from '../../src/codec/status.js';
import { buildPdu } from '../../src/codec/header.js';
import { hashPassword } from '../../src/session/credentials.js';

let carrier: Carrier;
let g: TestGateway;

test.before(async () => {
  carrier = await startCarrier();
  g = await startGateway({
    carrierPort: carrier.port,
    clients: [
      { system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict' },
      { system_id: 'hashed', password: await hashPassword('s3cret', { N: 1024, r: 8, p: 1 }), upstream: 'carrier' },
      { system_id: 'fenced', password: 'pw', upstream: 'carrier', allow: ['10.9.9.0/24'] },
    ],
    listeners: [{ name: 'plain', host: '127.0.0.1', port: 0, bind_timeout: 300, max_connections_per_ip: 20 }],
    extra: { session: { failed_binds_per_minute: 1000 } },
  });
  await waitReady(g.gw);
});

test.after(async () => {
  await g.stop();
  await carrier.close();
});

for (const mode of ['transmitter', 'receiver', 'transceiver'] as const) {
  test(`bind_${mode} with the right password succeeds`, async () => {
    const e = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass', mode });
    assert.is(e.bindStatus, 0);
    await e.close();
  });
}

test('scrypt-hashed passwords are accepted', async () => {
  const e = await connectEsme({ port: g.port, system_id: 'hashed', password: 's3cret' });
  assert.is(e.bindStatus, 0);
  await e.close();
});

test('unknown system_id → ESME_RINVSYSID, wrong password → ESME_RINVPASWD', async () => {
  const a = await rawConnect(g.port);
  assert.is(await a.bind('nobody', 'x'), Status.ESME_RINVSYSID);
  a.close();
  const b = await rawConnect(g.port);
  assert.is(await b.bind('emr', 'wrong'), Status.ESME_RINVPASWD);
  b.close();
});

test('a client bound from outside its allow-list is refused', async () => {
  const a = await rawConnect(g.port);
  assert.is(await a.bind('fenced', 'pw'), Status.ESME_RBINDFAIL);
  a.close();
});

test('PDUs before a bind get ESME_RINVBNDSTS and never reach the carrier', async () => {
  const before = carrier.submits.length;
  const p = await rawConnect(g.port);
  p.send(buildPdu(Cmd.submit_sm, 0, 7, Buffer.alloc(17)));
  const resp = await p.next();
  assert.is(resp.readUInt32BE(4), Cmd.submit_sm_resp);
  assert.is(resp.readUInt32BE(8), Status.ESME_RINVBNDSTS);
  assert.is(resp.readUInt32BE(12), 7);
  await sleep(50);
  assert.is(carrier.submits.length, before);
  p.close();
});

test('enquire_link is answered before and after bind', async () => {
  const p = await rawConnect(g.port);
  p.send(buildPdu(Cmd.enquire_link, 0, 3));
  const r1 = await p.next();
  assert.is(r1.readUInt32BE(4), Cmd.enquire_link_resp);
  assert.is(r1.readUInt32BE(12), 3);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  p.send(buildPdu(Cmd.enquire_link, 0, 4));
  const r2 = await p.next();
  assert.is(r2.readUInt32BE(4), Cmd.enquire_link_resp);
  p.close();
});

test('unknown command_id → generic_nack ESME_RINVCMDID and the session lives', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  p.send(buildPdu(0x000000ff, 0, 9));
  const nack = await p.next();
  assert.is(nack.readUInt32BE(4), Cmd.generic_nack);
  assert.is(nack.readUInt32BE(8), Status.ESME_RINVCMDID);
  assert.is(nack.readUInt32BE(12), 9);
  p.send(buildPdu(Cmd.enquire_link, 0, 10));
  assert.is((await p.next()).readUInt32BE(4), Cmd.enquire_link_resp);
  p.close();
});

test('an invalid command_length → generic_nack ESME_RINVCMDLEN and a clean close', async () => {
  for (const len of [8, 15, 0x7fffffff]) {
    const p = await rawConnect(g.port);
    const b = Buffer.alloc(16);
    b.writeUInt32BE(len, 0);
    b.writeUInt32BE(Cmd.enquire_link, 4);
    b.writeUInt32BE(5, 12);
    p.send(b);
    const nack = await p.next();
    assert.is(nack.readUInt32BE(4), Cmd.generic_nack);
    assert.is(nack.readUInt32BE(8), Status.ESME_RINVCMDLEN);
    await waitFor(() => p.closed);
  }
});

test('a malformed submit_sm body is refused with a status, the session lives', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  p.send(buildPdu(Cmd.submit_sm, 0, 11, Buffer.from('no-nul-anywhere')));
  const r = await p.next();
  assert.is(r.readUInt32BE(4), Cmd.submit_sm_resp);
  assert.ok(r.readUInt32BE(8) !== 0);
  p.send(buildPdu(Cmd.enquire_link, 0, 12));
  assert.is((await p.next()).readUInt32BE(4), Cmd.enquire_link_resp);
  p.close();
});

test('a receiver cannot submit (ESME_RINVBNDSTS); unbind gets unbind_resp and a close', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass', Cmd.bind_receiver), 0);
  p.send(buildPdu(Cmd.submit_sm, 0, 21, Buffer.alloc(17)));
  assert.is((await p.next()).readUInt32BE(8), Status.ESME_RINVBNDSTS);
  p.send(buildPdu(Cmd.unbind, 0, 22));
  const r = await p.next();
  assert.is(r.readUInt32BE(4), Cmd.unbind_resp);
  await waitFor(() => p.closed);
});

test('a second bind on a bound session → ESME_RALYBND', async () => {
  const p = await rawConnect(g.port);
  assert.is(await p.bind('emr', 'emrpass'), 0);
  assert.is(await p.bind('emr', 'emrpass'), Status.ESME_RALYBND);
  p.close();
});

test('a connection that does not bind within the timeout is closed', async () => {
  const p = await rawConnect(g.port);
  await waitFor(() => p.closed, 2000);
});

test('failed binds are throttled per source address', async () => {
  const t = await startGateway({ carrierPort: carrier.port, extra: { session: { failed_binds_per_minute: 3 } } });
  try {
    for (let i = 0; i < 3; i++) {
      const p = await rawConnect(t.port);
      assert.is(await p.bind('emr', 'bad'), Status.ESME_RINVPASWD);
      p.close();
    }
    const p = await rawConnect(t.port);
    assert.is(await p.bind('emr', 'emrpass'), Status.ESME_RBINDFAIL, 'even the right password is refused while throttled');
    p.close();
  } finally {
    await t.stop();
  }
});

test('connections over the per-address cap are refused at once', async () => {
  const t = await startGateway({ carrierPort: carrier.port, listeners: [{ name: 'plain', host: '127.0.0.1', port: 0, max_connections_per_ip: 2 }] });
  try {
    const a = await rawConnect(t.port);
    const b = await rawConnect(t.port);
    const c = await rawConnect(t.port);
    await waitFor(() => c.closed);
    assert.is(await a.bind('emr', 'emrpass'), 0, 'connections under the cap keep working');
    a.close();
    b.close();
  } finally {
    await t.stop();
  }
});

test.run();
