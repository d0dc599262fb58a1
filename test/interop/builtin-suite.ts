// What netsmpp-client.pl's built-in suite must look like when it reaches the carrier, with the octets
// computed here (independently of both phiwall and the Perl client) from the suite's texts, plus the checks
// on what the client saw: every submit ESME_ROK, and a receipt for each one, carrying phiwall's message id.
import * as assert from 'uvu/assert';
import { submitsIn, type SmscRecord } from './smsc-log.js';
import type { PerlClientRun } from './perl-client.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('hex');
const ucs2be = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex');

const PART_1 = 'Part one of a concatenated message, sent with esm_class 0x40 and an 8-bit-ref UDH; ';
const PART_2 = 'part two closes it.';

export interface ExpectedSubmit {
  what: string;
  dst: string;
  dc: number;
  esm: number;
  smHex: string;
  payloadHex?: string;
  /** The SMSC's `tlvs=` field exactly (tags sorted), or undefined when the PDU must carry no TLV at all. */
  tlvs?: string;
}

/** The suite as netsmpp-client.pl defines it (keep in step with its `@msgs`). */
export const BUILTIN_SUITE: ExpectedSubmit[] = [
  { what: 'GSM text', dst: '4915550001', dc: 0, esm: 0, smHex: utf8('Hello from Net::SMPP') },
  {
    what: 'standard TLVs and vendor TLV 0x1401',
    dst: '4915550002',
    dc: 0,
    esm: 0,
    smHex: utf8('TLV test'),
    tlvs: '0204:1234,020a:0b84,020b:23f0,1401:deadbeef',
  },
  { what: 'UCS-2', dst: '4915550003', dc: 8, esm: 0, smHex: ucs2be('UCS-2: Grüße, Привет, €, 你好') },
  { what: 'UDH part 1/2', dst: '4915550004', dc: 0, esm: 0x40, smHex: '0500037f0201' + utf8(PART_1) },
  { what: 'UDH part 2/2', dst: '4915550004', dc: 0, esm: 0x40, smHex: '0500037f0202' + utf8(PART_2) },
  {
    what: 'message_payload',
    dst: '4915550005',
    dc: 0,
    esm: 0,
    smHex: '',
    payloadHex: utf8('Text carried in the message_payload TLV (0x0424)'),
    tlvs: '0424:' + utf8('Text carried in the message_payload TLV (0x0424)'),
  },
  { what: 'UCS-2 with 16-bit-ref UDH', dst: '4915550006', dc: 8, esm: 0x40, smHex: '060804abcd0101' + ucs2be('UCS-2 + 16-bit-ref UDH ✓') },
];

/** Every suite message arrived at the SMSC exactly once, octet for octet, and nothing else did. */
export function assertSuiteAtSmsc(records: SmscRecord[], suite: ExpectedSubmit[] = BUILTIN_SUITE): void {
  const submits = submitsIn(records);
  assert.is(submits.length, suite.length, 'one submit_sm at the SMSC per suite message');
  const used = new Set<SmscRecord>();
  for (const e of suite) {
    // Parts with the same destination are matched in arrival order: part 1 must come first.
    const got = submits.find((r) => !used.has(r) && r.fields.dst === e.dst);
    assert.ok(got, `${e.what}: reached the SMSC`);
    used.add(got!);
    const f = got!.fields;
    assert.is(f.status, '0x00000000', `${e.what}: the SMSC accepted it`);
    assert.is(f.sm_hex, e.smHex, `${e.what}: short_message octets unchanged`);
    assert.is(f.dc, `0x${e.dc.toString(16).padStart(2, '0')}`, `${e.what}: data_coding unchanged`);
    assert.is(f.esm, `0x${e.esm.toString(16).padStart(2, '0')}`, `${e.what}: esm_class unchanged`);
    assert.is(f.src, '12345', `${e.what}: source_addr unchanged`);
    assert.is(f.regdel, '1', `${e.what}: registered_delivery unchanged`);
    assert.is(f.payload_hex, e.payloadHex, `${e.what}: message_payload unchanged`);
    assert.is(f.tlvs, e.tlvs, `${e.what}: TLVs unchanged, none added`);
  }
}

/** The client got ESME_ROK for each of `n` submits and one receipt per submit, each naming phiwall's id. */
export function assertClientGotEverything(run: PerlClientRun, n: number): void {
  assert.ok(!run.timedOut, 'the client finished by itself');
  assert.is(run.bindStatus, 0, 'bound');
  assert.is(run.responses.length, n, 'a submit_sm_resp for every submit');
  for (const r of run.responses) {
    assert.is(r.status, 0, `submit #${r.n}: ESME_ROK`);
    assert.match(r.messageId, /^[0-9a-f]{16}$/, `submit #${r.n}: phiwall's message id, not the carrier's`);
  }
  const dlrs = run.delivers.filter((d) => d.kind === 'DLR');
  assert.is(dlrs.length, n, 'a delivery receipt for every submit');
  assert.equal(
    dlrs.map((d) => d.receiptedMessageId).sort(),
    run.responses.map((r) => r.messageId).sort(),
    'receipted_message_id of each receipt is the id the client was given',
  );
  for (const d of dlrs) {
    assert.ok(d.text.startsWith(`id:${d.receiptedMessageId} `), 'the receipt text names the same id');
    assert.ok(/ stat:DELIVRD /.test(d.text), 'the receipt says DELIVRD');
    assert.is(d.messageState, 2, 'message_state DELIVERED');
  }
  assert.is(run.summary?.failed, 0);
  assert.is(run.code, 0, 'netsmpp-client.pl exit status');
}

/** Failure output for assertions: what each side printed. */
export function transcript(parts: Record<string, string>): string {
  return Object.entries(parts)
    .map(([k, v]) => `--- ${k} ---\n${v}`)
    .join('\n');
}
