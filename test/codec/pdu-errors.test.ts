// decodePdu refuses structurally broken PDUs with the status that fits, and never throws.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Cmd } from '../../src/codec/commands.js';
import { buildPdu } from '../../src/codec/header.js';
import { decodePdu } from '../../src/codec/pdu.js';
import { Status } from '../../src/codec/status.js';
import { fixture, hex } from './fixtures.js';

function refused(frame: Buffer, status: number, reason?: RegExp): void {
  const r = decodePdu(frame);
  if (r.ok) return assert.unreachable('decoded a broken PDU');
  assert.is(r.command_status, status, `status ${r.command_status.toString(16)} (${r.reason})`);
  if (reason) assert.match(r.reason, reason);
}

/** The fixture with its body cut to `bodyLength` octets and command_length fixed up. */
function cut(name: string, bodyLength: number): Buffer {
  const f = fixture(name);
  return buildPdu(f.readUInt32BE(4), f.readUInt32BE(8), f.readUInt32BE(12), f.subarray(16, 16 + bodyLength));
}

test('unknown command_id -> ESME_RINVCMDID', () => {
  refused(buildPdu(0x00000099, 0, 1), Status.ESME_RINVCMDID);
  refused(buildPdu(0x80000099, 0, 1), Status.ESME_RINVCMDID);
});

test('a frame shorter than the header or disagreeing with command_length -> ESME_RINVCMDLEN', () => {
  refused(Buffer.alloc(15), Status.ESME_RINVCMDLEN);
  const f = fixture('enquire_link');
  refused(Buffer.concat([f, Buffer.alloc(1)]), Status.ESME_RINVCMDLEN, /command_length/);
});

test('a C-Octet String without NUL before the end -> ESME_RINVCMDLEN naming the field', () => {
  // submit_sm body cut inside source_addr ("" NUL, ton, npi, then "4477...")
  refused(cut('submit_sm_plain', 10), Status.ESME_RINVCMDLEN, /^source_addr:/);
  refused(cut('bind_transmitter', 3), Status.ESME_RINVCMDLEN, /^system_id:/);
});

test('a request missing its trailing mandatory fields -> ESME_RINVCMDLEN', () => {
  const f = fixture('query_sm');
  refused(cut('query_sm', f.length - 16 - 14), Status.ESME_RINVCMDLEN); // stops after message_id
  refused(buildPdu(Cmd.submit_sm, 0, 1), Status.ESME_RINVCMDLEN);
});

test('sm_length beyond the body -> ESME_RINVMSGLEN', () => {
  const f = Buffer.from(fixture('submit_sm_plain'));
  const smLengthAt = f.length - 1 - 'Your appointment is confirmed'.length;
  f[smLengthAt] = 200;
  refused(f, Status.ESME_RINVMSGLEN, /sm_length/);
});

test('a truncated TLV header -> ESME_RINVOPTPARSTREAM; a TLV value overrunning -> ESME_RINVPARLEN', () => {
  const f = fixture('submit_sm_plain');
  refused(buildPdu(Cmd.submit_sm, 0, 1, Buffer.concat([f.subarray(16), hex('0424')])), Status.ESME_RINVOPTPARSTREAM);
  refused(buildPdu(Cmd.submit_sm, 0, 1, Buffer.concat([f.subarray(16), hex('0424000501')])), Status.ESME_RINVPARLEN, /0x0424/);
  refused(buildPdu(Cmd.enquire_link, 0, 1, hex('00')), Status.ESME_RINVOPTPARSTREAM);
});

test('trailing whole TLVs on a bodiless command are kept (relayed faithfully)', () => {
  const r = decodePdu(buildPdu(Cmd.enquire_link, 0, 1, hex('14010000')));
  assert.ok(r.ok);
  if (r.ok) assert.equal(r.pdu.tlvs, [{ tag: 0x1401, value: Buffer.alloc(0) }]);
});

test('submit_multi with a dest_flag other than 1 or 2 -> ESME_RINVDESTFLAG', () => {
  const f = Buffer.from(fixture('submit_multi'));
  const at = f.indexOf(hex('0301')) + 1; // number_of_dests 3, then the first dest_flag
  f[at] = 3;
  refused(f, Status.ESME_RINVDESTFLAG);
});

test('a response cut inside a field (not at a field boundary) is refused', () => {
  refused(buildPdu(Cmd.submit_sm_resp, 0x45, 1, hex('4142')), Status.ESME_RINVCMDLEN, /^message_id:/);
  refused(cut('query_sm_resp', 12), Status.ESME_RINVCMDLEN, /^final_date:/);
  refused(cut('submit_multi_resp', 7), Status.ESME_RINVCMDLEN); // inside the unsuccess_sme list
});

test('responses may stop at any field boundary; the rest is absent', () => {
  const r = decodePdu(cut('query_sm_resp', 9 + 17)); // message_id and final_date only
  assert.ok(r.ok);
  if (r.ok) assert.equal(r.pdu.fields, { message_id: '5f3a9b2c', final_date: '240101120100000+' });
});

test('reasons never contain field content', () => {
  const secret = 'SECRET-447700900123';
  const body = Buffer.from(`\0\x01\x01${secret}`, 'latin1'); // source_addr never terminated
  const r = decodePdu(buildPdu(Cmd.submit_sm, 0, 1, body));
  assert.ok(!r.ok);
  if (!r.ok) assert.not.match(r.reason, /SECRET|4477/);
});

test.run();
