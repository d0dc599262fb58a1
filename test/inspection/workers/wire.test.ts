// With inspection.workers: 2, detection runs on worker threads and the wire behaviour is the same as
// inline: PHI is refused or redacted, a benign message reaches the carrier byte-identical.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startRawCarrier, withoutSequence, type RawCarrier } from '../../helpers/raw-carrier.js';
import { startGateway, waitReady, type TestGateway } from '../../helpers/gateway.js';
import { rawConnect, type RawPeer } from '../../helpers/raw-client.js';
import { submitSm } from '../../helpers/pdus.js';
import { Cmd } from '../../../src/codec/commands.js';
import { decodePdu, type SubmitSmFields } from '../../../src/codec/pdu.js';

let carrier: RawCarrier;
let g: TestGateway;
let client: RawPeer;

test.before(async () => {
  carrier = await startRawCarrier();
  g = await startGateway({ carrierPort: carrier.port, extra: { inspection: { workers: 2 } } });
  await waitReady(g.gw);
  client = await rawConnect(g.port);
  assert.is(await client.bind('emr', 'emrpass'), 0);
});

test.after(async () => {
  client.close();
  await g.stop();
  await carrier.close();
});

const statusOf = (resp: Buffer) => resp.readUInt32BE(8);

test('a benign message arrives at the carrier byte-identical (but for sequence_number)', async () => {
  const frame = submitSm(11, { short_message: Buffer.from('See you at 3pm on Tuesday.') });
  const before = carrier.of(Cmd.submit_sm).length;
  client.send(frame);
  assert.is(statusOf(await client.next()), 0);
  const arrived = (await carrier.waitFor(Cmd.submit_sm, before + 1))[before]!;
  assert.is(withoutSequence(arrived).toString('hex'), withoutSequence(frame).toString('hex'));
});

test('health information is refused with ESME_RSUBMITFAIL and never reaches the carrier', async () => {
  const before = carrier.of(Cmd.submit_sm).length;
  client.send(submitSm(12, { short_message: Buffer.from('Your HIV test results are positive.') }));
  assert.is(statusOf(await client.next()), 0x45);
  await new Promise((r) => setTimeout(r, 50));
  assert.is(carrier.of(Cmd.submit_sm).length, before);
});

test('an identifier is redacted before the carrier sees it', async () => {
  const before = carrier.of(Cmd.submit_sm).length;
  client.send(submitSm(13, { short_message: Buffer.from('Patient SSN 536-22-1784 on file, call us.') }));
  assert.is(statusOf(await client.next()), 0);
  const arrived = (await carrier.waitFor(Cmd.submit_sm, before + 1))[before]!;
  const decoded = decodePdu(arrived);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.reason);
  const text = (decoded.pdu.fields as SubmitSmFields).short_message.toString('latin1');
  assert.ok(text.includes('redacted'), 'the redaction mark ([ and ] are GSM escapes on the wire)');
  assert.not.ok(text.includes('536-22-1784'));
});

test('a burst shared by both workers is answered in full, each message as inline detection would', async () => {
  const before = carrier.of(Cmd.submit_sm).length;
  const n = 60;
  for (let i = 0; i < n; i++) {
    const text = i % 3 === 0 ? `Your HIV test results are positive (${i}).` : `Clinic closed Monday ${i} for the holiday.`;
    client.send(submitSm(100 + i, { short_message: Buffer.from(text) }));
  }
  const statuses = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const resp = await client.next();
    statuses.set(resp.readUInt32BE(12), statusOf(resp));
  }
  for (let i = 0; i < n; i++) assert.is(statuses.get(100 + i), i % 3 === 0 ? 0x45 : 0, `message ${i}`);
  await carrier.waitFor(Cmd.submit_sm, before + 40);
});

test.run();
