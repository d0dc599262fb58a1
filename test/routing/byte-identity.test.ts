// Whatever phiwall does not change is forwarded byte-identical: unknown and vendor TLVs, zero-length TLVs,
// relative validity times, over-long or latin1 C-strings, UCS-2, submit_multi — only the sequence number
// differs. The carrier here is a raw sink that keeps frames exactly as they arrived.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startRawCarrier, withoutSequence, type RawCarrier } from '../helpers/raw-carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { rawConnect, type RawPeer } from '../helpers/raw-client.js';
import { fixture } from '../codec/fixtures.js';

let carrier: RawCarrier;
let g: TestGateway;
let client: RawPeer;

test.before(async () => {
  carrier = await startRawCarrier();
  g = await startGateway({ carrierPort: carrier.port });
  await waitReady(g.gw);
  client = await rawConnect(g.port);
  assert.is(await client.bind('emr', 'emrpass'), 0);
});

test.after(async () => {
  client.close();
  await g.stop();
  await carrier.close();
});

const FIXTURES = [
  'submit_sm_plain',
  'submit_sm_vendor_tlv',
  'submit_sm_relative_validity',
  'submit_sm_long_cstring',
  'submit_sm_ucs2',
  'submit_sm_message_payload',
  'submit_multi',
];

for (const name of FIXTURES) {
  test(`${name} arrives at the carrier byte-identical (but for sequence_number)`, async () => {
    const frame = fixture(name);
    const id = frame.readUInt32BE(4);
    const before = carrier.of(id).length;
    client.send(frame);
    const resp = await client.next();
    assert.is(resp.readUInt32BE(8), 0, 'accepted');
    assert.is(resp.readUInt32BE(12), frame.readUInt32BE(12), 'the client’s own sequence number');
    const arrived = (await carrier.waitFor(id, before + 1))[before]!;
    assert.equal(withoutSequence(arrived).toString('hex'), withoutSequence(frame).toString('hex'));
  });
}

test('dc 0 bytes that are not GSM 03.38 cannot be inspected, so strict refuses them (fail closed)', async () => {
  // This fixture's short_message has octets above 0x7F under data_coding 0 (the upstream's default: GSM).
  const frame = fixture('submit_sm_latin1_cstring');
  const before = carrier.of(frame.readUInt32BE(4)).length;
  client.send(frame);
  const resp = await client.next();
  assert.is(resp.readUInt32BE(8), 0x45, 'ESME_RSUBMITFAIL');
  assert.is(carrier.of(frame.readUInt32BE(4)).length, before, 'nothing reached the carrier');
});

test.run();
