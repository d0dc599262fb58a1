// Every way SMPP carries text, end to end over real sessions: PHI goes in, the carrier sink shows nothing
// leaked; a benign control on the same path arrives intact (byte-identical but for the sequence number).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRawCarrier, withoutSequence, type RawCarrier } from '../helpers/raw-carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { rawConnect, type RawPeer } from '../helpers/raw-client.js';
import { submitSm, udhPart } from '../helpers/pdus.js';
import { sleep, waitFor } from '../helpers/net.js';
import { Cmd } from '../../src/codec/commands.js';
import { Tag } from '../../src/codec/tags.js';
import { decodePdu, encodePdu, type Pdu } from '../../src/codec/pdu.js';
import { encodeText } from '../../src/codec/text/index.js';
import { extractContent } from '../../src/inspection/content.js';

const HEALTH = 'Your HIV test came back positive. Call Dr. Lee.';
const IDENT = 'Patient Maria Gonzalez DOB 03/14/1952 needs a ride.';
const BENIGN = 'Your appointment is on March 14 at 10:30 AM. Reply C to cancel.';
const SECRETS = [/HIV/i, /Gonzalez/, /1952/, /positive/];

let carrier: RawCarrier;
let g: TestGateway;
let c: RawPeer;
let seq = 100;
let dest = 0;

test.before(async () => {
  carrier = await startRawCarrier();
  g = await startGateway({
    carrierPort: carrier.port,
    clients: [
      { system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['12345'] },
      { system_id: 'bin', password: 'binpw', upstream: 'carrier', policy: 'binary-ok' },
      { system_id: 'ucs', password: 'ucspw', upstream: 'carrier', policy: 'blocks' },
    ],
    policies: [
      { name: 'binary-ok', extends: 'strict', binary: 'allow' },
      { name: 'blocks', extends: 'strict', redact_text: '▇▇▇' },
    ],
    extra: { reassembly: { timeout: 400 } },
  });
  await waitReady(g.gw);
  c = await rawConnect(g.port);
  assert.is(await c.bind('emr', 'emrpass'), 0);
});

test.after(async () => {
  c.close();
  await g.stop();
  await carrier.close();
});

/** The text of every content field of every frame the carrier got since `from`. */
function arrivedTexts(from: number): string[] {
  return carrier.frames.slice(from).flatMap((f) => {
    const d = decodePdu(f);
    if (!d.ok) return [];
    return extractContent(d.pdu, 'gsm7').fields.map((x) => x.text ?? x.payload.toString('latin1'));
  });
}

function noLeak(from: number): void {
  for (const t of arrivedTexts(from)) for (const s of SECRETS) assert.not.match(t, s, `leaked: ${s}`);
}

async function send(peer: RawPeer, frame: Buffer): Promise<Buffer> {
  peer.send(frame);
  for (;;) {
    const r = await peer.next();
    if (r.readUInt32BE(4) !== Cmd.deliver_sm) return r;
  }
}

const next = () => `1555001${String(++dest).padStart(4, '0')}`;

const CODINGS: [string, number, (t: string) => Buffer][] = [
  ['GSM 03.38 (dc 0)', 0x00, (t) => encodeText(t, 'gsm7')!],
  ['IA5 (dc 1)', 0x01, (t) => encodeText(t, 'ia5')!],
  ['Latin-1 (dc 3)', 0x03, (t) => encodeText(t, 'latin1')!],
  ['UCS-2 (dc 8)', 0x08, (t) => encodeText(t, 'ucs2')!],
  ['GSM with message class (dc 0xF1)', 0xf1, (t) => encodeText(t, 'gsm7')!],
];

for (const [name, dc, enc] of CODINGS) {
  for (const field of ['short_message', 'message_payload'] as const) {
    test(`${field} in ${name}: benign intact, health refused, identifiers redacted`, async () => {
      const put = (text: string) =>
        field === 'short_message'
          ? submitSm(++seq, { data_coding: dc, destination_addr: next(), short_message: enc(text) })
          : submitSm(++seq, { data_coding: dc, destination_addr: next() }, [{ tag: Tag.message_payload, value: enc(text) }]);
      const from = carrier.frames.length;
      const benign = put(BENIGN);
      assert.is((await send(c, benign)).readUInt32BE(8), 0);
      await carrier.waitFor(Cmd.submit_sm, 1);
      assert.is(withoutSequence(carrier.frames.at(-1)!).toString('hex'), withoutSequence(benign).toString('hex'), 'byte-identical');

      const n = carrier.frames.length;
      assert.is((await send(c, put(HEALTH))).readUInt32BE(8), 0x45, 'health information is refused');
      await sleep(20);
      assert.is(carrier.frames.length, n, 'nothing reached the carrier');

      assert.is((await send(c, put(IDENT))).readUInt32BE(8), 0);
      await waitFor(() => carrier.frames.length > n);
      const text = arrivedTexts(n)[0]!;
      assert.match(text, /needs a ride/, 'the rest of the message is there');
      noLeak(from);
    });
  }
}

test('8-bit binary (dc 4, dc 2) cannot be read, so strict refuses it; a policy with binary: allow passes it', async () => {
  const n = carrier.frames.length;
  for (const dc of [0x02, 0x04, 0xf5]) {
    const r = await send(c, submitSm(++seq, { data_coding: dc, destination_addr: next(), short_message: Buffer.from('0102030405', 'hex') }));
    assert.is(r.readUInt32BE(8), 0x45, `dc ${dc}`);
  }
  assert.is(carrier.frames.length, n);
  const b = await rawConnect(g.port);
  assert.is(await b.bind('bin', 'binpw'), 0);
  assert.is((await send(b, submitSm(1, { data_coding: 4, destination_addr: next(), short_message: Buffer.from('0102', 'hex') }))).readUInt32BE(8), 0);
  b.close();
});

test('data_sm and submit_multi are inspected like submit_sm', async () => {
  const from = carrier.frames.length;
  const payload = (t: string) => [{ tag: Tag.message_payload, value: encodeText(t, 'gsm7')! }];
  const dataSm = (t: string) =>
    encodePdu({
      command_id: Cmd.data_sm,
      command_status: 0,
      sequence_number: ++seq,
      fields: { service_type: '', source_addr_ton: 0, source_addr_npi: 0, source_addr: '12345', dest_addr_ton: 1, dest_addr_npi: 1, destination_addr: next(), esm_class: 0, registered_delivery: 0, data_coding: 0 },
      tlvs: payload(t),
    });
  assert.is((await send(c, dataSm(HEALTH))).readUInt32BE(8), 0x45);
  assert.is((await send(c, dataSm(BENIGN))).readUInt32BE(8), 0);
  const multi = (t: string) =>
    encodePdu({
      command_id: Cmd.submit_multi,
      command_status: 0,
      sequence_number: ++seq,
      fields: {
        service_type: '',
        source_addr_ton: 0,
        source_addr_npi: 0,
        source_addr: '12345',
        dest_addresses: [
          { dest_flag: 1, ton: 1, npi: 1, address: next() },
          { dest_flag: 1, ton: 1, npi: 1, address: next() },
        ],
        esm_class: 0,
        protocol_id: 0,
        priority_flag: 0,
        schedule_delivery_time: '',
        validity_period: '',
        registered_delivery: 0,
        replace_if_present_flag: 0,
        data_coding: 0,
        sm_default_msg_id: 0,
        short_message: encodeText(t, 'gsm7')!,
      },
      tlvs: [],
    } as Pdu);
  assert.is((await send(c, multi(HEALTH))).readUInt32BE(8), 0x45);
  assert.is((await send(c, multi(IDENT))).readUInt32BE(8), 0);
  assert.is((await send(c, multi(BENIGN))).readUInt32BE(8), 0);
  noLeak(from);
  assert.is(carrier.of(Cmd.submit_multi).filter((f) => carrier.frames.indexOf(f) >= from).length, 2);
});

test('replace_sm: the new text is inspected (with the original message’s data_coding)', async () => {
  const r = await send(c, submitSm(++seq, { data_coding: 8, destination_addr: next(), short_message: encodeText(BENIGN, 'ucs2')! }));
  const id = r.toString('latin1', 16, r.indexOf(0, 16));
  const replace = (t: string) =>
    encodePdu({
      command_id: Cmd.replace_sm,
      command_status: 0,
      sequence_number: ++seq,
      fields: { message_id: id, source_addr_ton: 0, source_addr_npi: 0, source_addr: '12345', schedule_delivery_time: '', validity_period: '', registered_delivery: 0, sm_default_msg_id: 0, short_message: encodeText(t, 'ucs2')! },
      tlvs: [],
    } as Pdu);
  const from = carrier.frames.length;
  assert.is((await send(c, replace(HEALTH))).readUInt32BE(8), 0x45);
  assert.is(carrier.of(Cmd.replace_sm).length, 0, 'the refused replacement never reached the carrier');
  assert.is((await send(c, replace('Moved to 11:00 AM, same place.'))).readUInt32BE(8), 0);
  const got = await carrier.waitFor(Cmd.replace_sm, 1);
  const d = decodePdu(got[0]!);
  assert.ok(d.ok && /^\d+$/.test((d.pdu.fields as { message_id: string }).message_id), 'the carrier sees its own id');
  noLeak(from);
});

test('concatenated (8-bit ref UDH): PHI split across parts is found in the whole; no part reaches the carrier; failure receipts', async () => {
  const from = carrier.frames.length;
  const d = next();
  const p1 = submitSm(++seq, { esm_class: 0x40, destination_addr: d, registered_delivery: 1, short_message: udhPart(7, 2, 1, encodeText('Your test for H', 'gsm7')!) });
  const p2 = submitSm(++seq, { esm_class: 0x40, destination_addr: d, registered_delivery: 1, short_message: udhPart(7, 2, 2, encodeText('IV came back positive.', 'gsm7')!) });
  const r1 = await send(c, p1);
  assert.is(r1.readUInt32BE(8), 0, 'each part is answered at once (window 1 does not deadlock)');
  const r2 = await send(c, p2);
  assert.is(r2.readUInt32BE(8), 0);
  const ids = [r1, r2].map((r) => r.toString('latin1', 16, r.indexOf(0, 16)));
  // Two failure receipts, one per part, with the ids the client was given.
  await waitFor(() => c.frames.filter((f) => f.readUInt32BE(4) === Cmd.deliver_sm).length >= 2);
  const dlrs = c.frames.filter((f) => f.readUInt32BE(4) === Cmd.deliver_sm).slice(-2).map((f) => decodePdu(f));
  for (const x of dlrs) {
    assert.ok(x.ok);
    const text = (x.pdu.fields as { short_message: Buffer }).short_message.toString('latin1');
    assert.match(text, /stat:REJECTD/);
    assert.ok(ids.some((id) => text.startsWith(`id:${id} `)));
    c.send(encodePdu({ command_id: Cmd.deliver_sm_resp, command_status: 0, sequence_number: x.pdu.sequence_number, fields: { message_id: '' }, tlvs: [] } as Pdu));
  }
  assert.is(carrier.frames.length, from, 'no part reached the carrier');
});

test('concatenated (16-bit ref UDH), parts out of order: the whole is forwarded byte-identical, on one bind', async () => {
  const d = next();
  const parts = [1, 2, 3].map((i) => submitSm(++seq, { esm_class: 0x40, destination_addr: d, short_message: udhPart(0x1234, 3, i, encodeText(['Your order ', 'is ready for ', 'pickup today.'][i - 1]!, 'gsm7')!, 16) }));
  const n = carrier.frames.length;
  for (const i of [2, 0, 1]) assert.is((await send(c, parts[i]!)).readUInt32BE(8), 0);
  await waitFor(() => carrier.frames.length >= n + 3);
  const arrived = carrier.frames.slice(n, n + 3).map((f) => withoutSequence(f).toString('hex'));
  assert.equal(arrived, parts.map((p) => withoutSequence(p).toString('hex')), 'in order, byte-identical');
});

test('SAR TLVs and interleaved messages: each whole is inspected; the PHI one is refused, the benign one passes', async () => {
  const n = carrier.frames.length;
  const sar = (ref: number, total: number, i: number, text: string, d: string) =>
    submitSm(++seq, { destination_addr: d, short_message: encodeText(text, 'gsm7')! }, [
      { tag: Tag.sar_msg_ref_num, value: Buffer.from([ref >> 8, ref & 0xff]) },
      { tag: Tag.sar_total_segments, value: Buffer.from([total]) },
      { tag: Tag.sar_segment_seqnum, value: Buffer.from([i]) },
    ]);
  const da = next();
  const db = next();
  const a = [sar(500, 2, 1, 'Dear Ms. Maria Gonzalez, ', da), sar(500, 2, 2, 'your discharge date is 03/14/2026.', da)];
  const b = [sar(501, 2, 1, 'Clinic closes early ', db), sar(501, 2, 2, 'on Friday.', db)];
  for (const f of [a[0]!, b[0]!, b[1]!, a[1]!]) assert.is((await send(c, f)).readUInt32BE(8), 0);
  await waitFor(() => carrier.frames.length >= n + 2);
  await sleep(100);
  const texts = arrivedTexts(n);
  assert.ok(texts.includes('Clinic closes early ') && texts.includes('on Friday.'), 'the benign one, untouched');
  assert.not.ok(texts.join(' ').includes('Gonzalez'), 'the name never reached the carrier');
});

test('an incomplete concatenated message times out: nothing reaches the carrier, the part gets a failure receipt', async () => {
  const n = carrier.frames.length;
  const dl = c.frames.filter((f) => f.readUInt32BE(4) === Cmd.deliver_sm).length;
  const r = await send(c, submitSm(++seq, { esm_class: 0x40, destination_addr: next(), registered_delivery: 1, short_message: udhPart(99, 2, 1, encodeText('Half a message', 'gsm7')!) }));
  assert.is(r.readUInt32BE(8), 0);
  await waitFor(() => c.frames.filter((f) => f.readUInt32BE(4) === Cmd.deliver_sm).length > dl, 3000);
  const last = decodePdu(c.frames.filter((f) => f.readUInt32BE(4) === Cmd.deliver_sm).at(-1)!);
  assert.ok(last.ok);
  assert.match((last.pdu.fields as { short_message: Buffer }).short_message.toString('latin1'), /stat:EXPIRED/);
  c.send(encodePdu({ command_id: Cmd.deliver_sm_resp, command_status: 0, sequence_number: last.pdu.sequence_number, fields: { message_id: '' }, tlvs: [] } as Pdu));
  assert.is(carrier.frames.length, n);
});

test('a rewrite that outgrows one SMS is re-segmented with a fresh UDH; GSM-7 → UCS-2 when the new text needs it', async () => {
  const u = await rawConnect(g.port);
  assert.is(await u.bind('ucs', 'ucspw'), 0);
  const n = carrier.frames.length;
  const long = `Patient Maria Gonzalez DOB 03/14/1952 ${'x'.repeat(100)} needs a ride home.`;
  assert.is((await send(u, submitSm(1, { data_coding: 0, destination_addr: next(), short_message: encodeText(long, 'gsm7')! }))).readUInt32BE(8), 0);
  await waitFor(() => carrier.frames.length >= n + 1);
  await sleep(50);
  const frames = carrier.frames.slice(n).map((f) => decodePdu(f)).filter((d) => d.ok).map((d) => (d as { pdu: Pdu }).pdu);
  assert.ok(frames.length >= 2, `re-segmented into ${frames.length} parts`);
  for (const p of frames) {
    const f = p.fields as { data_coding: number; esm_class: number };
    assert.is(f.data_coding, 8, 'UCS-2 for the ▇ characters');
    assert.is(f.esm_class & 0x40, 0x40, 'UDH indicator set');
  }
  const whole = frames.map((p) => extractContent(p, 'gsm7').fields[0]!.text).join('');
  assert.match(whole, /▇▇▇/);
  assert.match(whole, /needs a ride home\.$/);
  noLeak(n);
  u.close();
});

test('obfuscation on the wire: zero-width characters and Cyrillic look-alikes in UCS-2 are seen through', async () => {
  const n = carrier.frames.length;
  for (const t of ['Your H\u200bI\u200bV test came back positive.', 'Your \u041dIV test came back positive.', 'Your H.I.V. test came back positive.']) {
    const r = await send(c, submitSm(++seq, { data_coding: 8, destination_addr: next(), short_message: encodeText(t, 'ucs2')! }));
    assert.is(r.readUInt32BE(8), 0x45, JSON.stringify(t));
  }
  assert.is(carrier.frames.length, n);
});

test('a patient reply (MO) is inspected under the client’s policy: audit only by default, delivered unchanged', async () => {
  const text = 'I stopped taking my lisinopril, feeling dizzy';
  const mo = encodePdu({
    command_id: Cmd.deliver_sm,
    command_status: 0,
    sequence_number: 77,
    fields: { service_type: '', source_addr_ton: 1, source_addr_npi: 1, source_addr: '15550009999', dest_addr_ton: 0, dest_addr_npi: 0, destination_addr: '12345', esm_class: 0, protocol_id: 0, priority_flag: 0, schedule_delivery_time: '', validity_period: '', registered_delivery: 0, replace_if_present_flag: 0, data_coding: 0, sm_default_msg_id: 0, short_message: encodeText(text, 'gsm7')! },
    tlvs: [],
  } as Pdu);
  const before = c.frames.length;
  carrier.send(mo);
  await waitFor(() => c.frames.slice(before).some((f) => f.readUInt32BE(4) === Cmd.deliver_sm));
  const got = decodePdu(c.frames.slice(before).find((f) => f.readUInt32BE(4) === Cmd.deliver_sm)!);
  assert.ok(got.ok);
  assert.is(extractContent(got.pdu, 'gsm7').fields[0]!.text, text);
  c.send(encodePdu({ command_id: Cmd.deliver_sm_resp, command_status: 0, sequence_number: got.pdu.sequence_number, fields: { message_id: '' }, tlvs: [] } as Pdu));
  await waitFor(() => readFileSync(join(g.dir, 'audit.log'), 'utf8').includes('"type":"mo"'));
  const rec = readFileSync(join(g.dir, 'audit.log'), 'utf8').split('\n').filter((l) => l.includes('"type":"mo"')).pop()!;
  assert.match(rec, /"medication":1/);
  assert.not.match(rec, /lisinopril|15550009999/, 'no content or number in the audit trail');
});

test.run();
