// Table-driven parse -> encode round trips over every fixture (mqtt-packet's testParseGenerate pattern):
// the decoded object is checked field by field AND the re-encoded bytes must equal the fixture exactly.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Cmd } from '../../src/codec/commands.js';
import { decodePdu, encodePdu, isCommand, type Pdu } from '../../src/codec/pdu.js';
import { Status } from '../../src/codec/status.js';
import { Tag } from '../../src/codec/tags.js';
import { fixture, fixtureNames, hex } from './fixtures.js';

const covered = new Set<string>();

function testParseGenerate(name: string, expected: Pdu): void {
  covered.add(name);
  test(`${name}: decodes to the expected fields and re-encodes byte-identical`, () => {
    const frame = fixture(name);
    const r = decodePdu(frame);
    if (!r.ok) assert.unreachable(`decode failed: ${r.reason}`);
    else {
      assert.equal(r.pdu, expected);
      assert.equal(encodePdu(r.pdu).toString('hex'), frame.toString('hex'));
      // Encoding the hand-written object must give the same bytes too.
      assert.equal(encodePdu(expected).toString('hex'), frame.toString('hex'));
    }
  });
}

const ascii = (s: string) => Buffer.from(s, 'latin1');

const submitBase = {
  service_type: '',
  source_addr_ton: 1,
  source_addr_npi: 1,
  source_addr: '447700900001',
  dest_addr_ton: 1,
  dest_addr_npi: 1,
  destination_addr: '447700900123',
  esm_class: 0,
  protocol_id: 0,
  priority_flag: 0,
  schedule_delivery_time: '',
  validity_period: '',
  registered_delivery: 0,
  replace_if_present_flag: 0,
  data_coding: 0,
  sm_default_msg_id: 0,
  short_message: Buffer.alloc(0),
};

testParseGenerate('submit_sm_plain', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 1,
  fields: {
    ...submitBase,
    service_type: 'CMT',
    source_addr_ton: 5,
    source_addr_npi: 0,
    source_addr: 'ClinicA',
    registered_delivery: 1,
    short_message: ascii('Your appointment is confirmed'),
  },
  tlvs: [],
});

testParseGenerate('submit_sm_udh', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 2,
  fields: { ...submitBase, esm_class: 0x40, short_message: Buffer.concat([hex('0500032a0201'), ascii('Part one of a long message')]) },
  tlvs: [],
});

testParseGenerate('submit_sm_message_payload', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 3,
  fields: { ...submitBase, data_coding: 8 },
  tlvs: [{ tag: Tag.message_payload, value: Buffer.from('Résultats prêts', 'utf16le').swap16() }],
});

testParseGenerate('submit_sm_vendor_tlv', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 4,
  fields: { ...submitBase, short_message: ascii('hi') },
  tlvs: [
    { tag: 0x1401, value: hex('010203') },
    { tag: Tag.alert_on_message_delivery, value: Buffer.alloc(0) },
    { tag: Tag.user_message_reference, value: hex('0007') },
  ],
});

testParseGenerate('submit_sm_relative_validity', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 5,
  fields: {
    ...submitBase,
    schedule_delivery_time: '240101120000000+',
    validity_period: '000001000000000R',
    short_message: ascii('x'),
  },
  tlvs: [],
});

testParseGenerate('submit_sm_ucs2', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 6,
  fields: { ...submitBase, data_coding: 8, short_message: hex('004800690020d83dde00') },
  tlvs: [],
});

testParseGenerate('submit_sm_long_cstring', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 7,
  fields: { ...submitBase, source_addr: 'A'.repeat(40), short_message: ascii('long sender') },
  tlvs: [],
});

testParseGenerate('submit_sm_latin1_cstring', {
  command_id: Cmd.submit_sm,
  command_status: 0,
  sequence_number: 8,
  fields: { ...submitBase, service_type: '\u00e9\u00ff', source_addr: '\u0080\u00a0caf\u00e9', short_message: hex('00ff') },
  tlvs: [],
});

testParseGenerate('submit_sm_resp', {
  command_id: Cmd.submit_sm_resp,
  command_status: 0,
  sequence_number: 1,
  fields: { message_id: '5f3a9b2c' },
  tlvs: [],
});

testParseGenerate('submit_sm_resp_empty_error', {
  command_id: Cmd.submit_sm_resp,
  command_status: Status.ESME_RSUBMITFAIL,
  sequence_number: 9,
  fields: {},
  tlvs: [],
});

testParseGenerate('submit_sm_resp_throttled_null_id', {
  command_id: Cmd.submit_sm_resp,
  command_status: Status.ESME_RTHROTTLED,
  sequence_number: 10,
  fields: { message_id: '' },
  tlvs: [],
});

testParseGenerate('submit_multi', {
  command_id: Cmd.submit_multi,
  command_status: 0,
  sequence_number: 11,
  fields: {
    service_type: '',
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: '447700900001',
    dest_addresses: [
      { dest_flag: 1, ton: 1, npi: 1, address: '447700900123' },
      { dest_flag: 2, dl_name: 'nurses' },
      { dest_flag: 1, ton: 0, npi: 0, address: '5551234' },
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
    short_message: ascii('Shift change at 7'),
  },
  tlvs: [],
});

testParseGenerate('submit_multi_resp', {
  command_id: Cmd.submit_multi_resp,
  command_status: 0,
  sequence_number: 11,
  fields: {
    message_id: 'm-77',
    unsuccess_smes: [{ dest_addr_ton: 1, dest_addr_npi: 1, destination_addr: '447700900123', error_status_code: 0x0b }],
  },
  tlvs: [],
});

testParseGenerate('submit_multi_resp_error', {
  command_id: Cmd.submit_multi_resp,
  command_status: Status.ESME_RSUBMITFAIL,
  sequence_number: 12,
  fields: { message_id: '' },
  tlvs: [],
});

testParseGenerate('data_sm', {
  command_id: Cmd.data_sm,
  command_status: 0,
  sequence_number: 13,
  fields: {
    service_type: '',
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: '447700900001',
    dest_addr_ton: 1,
    dest_addr_npi: 1,
    destination_addr: '447700900123',
    esm_class: 0,
    registered_delivery: 1,
    data_coding: 0,
  },
  tlvs: [
    { tag: Tag.source_port, value: hex('23f0') },
    { tag: Tag.destination_port, value: hex('0b84') },
    { tag: Tag.message_payload, value: ascii('lab results ready') },
    { tag: Tag.sar_msg_ref_num, value: hex('0001') },
    { tag: Tag.sar_total_segments, value: hex('01') },
    { tag: Tag.sar_segment_seqnum, value: hex('01') },
  ],
});

testParseGenerate('data_sm_resp', {
  command_id: Cmd.data_sm_resp,
  command_status: 0,
  sequence_number: 13,
  fields: { message_id: 'ds-1' },
  tlvs: [{ tag: Tag.delivery_failure_reason, value: hex('00') }],
});

testParseGenerate('deliver_sm_receipt', {
  command_id: Cmd.deliver_sm,
  command_status: 0,
  sequence_number: 14,
  fields: {
    ...submitBase,
    source_addr: '447700900123',
    destination_addr: 'ClinicA',
    esm_class: 0x04,
    short_message: ascii(
      'id:0123456789 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:Your appointment is',
    ),
  },
  tlvs: [
    { tag: Tag.receipted_message_id, value: ascii('0123456789\0') },
    { tag: Tag.message_state, value: hex('02') },
    { tag: Tag.network_error_code, value: hex('030000') },
  ],
});

testParseGenerate('deliver_sm_mo', {
  command_id: Cmd.deliver_sm,
  command_status: 0,
  sequence_number: 15,
  fields: { ...submitBase, source_addr: '447700900123', destination_addr: '12345', short_message: ascii('STOP') },
  tlvs: [],
});

testParseGenerate('deliver_sm_resp', {
  command_id: Cmd.deliver_sm_resp,
  command_status: 0,
  sequence_number: 14,
  fields: { message_id: '' },
  tlvs: [],
});

const bindFields = {
  system_id: 'phiwall',
  password: 's3cret',
  system_type: 'EHR',
  interface_version: 0x34,
  addr_ton: 1,
  addr_npi: 1,
  address_range: '^44',
};
testParseGenerate('bind_transmitter', { command_id: Cmd.bind_transmitter, command_status: 0, sequence_number: 20, fields: bindFields, tlvs: [] });
testParseGenerate('bind_receiver', { command_id: Cmd.bind_receiver, command_status: 0, sequence_number: 21, fields: bindFields, tlvs: [] });
testParseGenerate('bind_transceiver', { command_id: Cmd.bind_transceiver, command_status: 0, sequence_number: 22, fields: bindFields, tlvs: [] });

testParseGenerate('bind_transceiver_resp', {
  command_id: Cmd.bind_transceiver_resp,
  command_status: 0,
  sequence_number: 22,
  fields: { system_id: 'SMSC01' },
  tlvs: [{ tag: Tag.sc_interface_version, value: hex('34') }],
});
testParseGenerate('bind_transmitter_resp', {
  command_id: Cmd.bind_transmitter_resp,
  command_status: 0,
  sequence_number: 20,
  fields: { system_id: 'SMSC01' },
  tlvs: [],
});
testParseGenerate('bind_receiver_resp', {
  command_id: Cmd.bind_receiver_resp,
  command_status: 0,
  sequence_number: 21,
  fields: { system_id: 'SMSC01' },
  tlvs: [],
});
testParseGenerate('bind_transmitter_resp_error', {
  command_id: Cmd.bind_transmitter_resp,
  command_status: Status.ESME_RBINDFAIL,
  sequence_number: 20,
  fields: {},
  tlvs: [],
});

testParseGenerate('outbind', {
  command_id: Cmd.outbind,
  command_status: 0,
  sequence_number: 23,
  fields: { system_id: 'SMSC01', password: 'pw' },
  tlvs: [],
});

testParseGenerate('alert_notification', {
  command_id: Cmd.alert_notification,
  command_status: 0,
  sequence_number: 24,
  fields: {
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: '447700900123',
    esme_addr_ton: 0,
    esme_addr_npi: 0,
    esme_addr: 'ClinicA',
  },
  tlvs: [{ tag: Tag.ms_availability_status, value: hex('00') }],
});

testParseGenerate('query_sm', {
  command_id: Cmd.query_sm,
  command_status: 0,
  sequence_number: 25,
  fields: { message_id: '5f3a9b2c', source_addr_ton: 1, source_addr_npi: 1, source_addr: '447700900001' },
  tlvs: [],
});
testParseGenerate('query_sm_resp', {
  command_id: Cmd.query_sm_resp,
  command_status: 0,
  sequence_number: 25,
  fields: { message_id: '5f3a9b2c', final_date: '240101120100000+', message_state: 2, error_code: 0 },
  tlvs: [],
});
testParseGenerate('query_sm_resp_error', {
  command_id: Cmd.query_sm_resp,
  command_status: Status.ESME_RQUERYFAIL,
  sequence_number: 26,
  fields: { message_id: '5f3a9b2c' },
  tlvs: [],
});

testParseGenerate('cancel_sm', {
  command_id: Cmd.cancel_sm,
  command_status: 0,
  sequence_number: 27,
  fields: {
    service_type: '',
    message_id: '5f3a9b2c',
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: '447700900001',
    dest_addr_ton: 1,
    dest_addr_npi: 1,
    destination_addr: '447700900123',
  },
  tlvs: [],
});
testParseGenerate('cancel_sm_resp', { command_id: Cmd.cancel_sm_resp, command_status: 0, sequence_number: 27, fields: {}, tlvs: [] });

testParseGenerate('replace_sm', {
  command_id: Cmd.replace_sm,
  command_status: 0,
  sequence_number: 28,
  fields: {
    message_id: '5f3a9b2c',
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: '447700900001',
    schedule_delivery_time: '',
    validity_period: '000002000000000R',
    registered_delivery: 1,
    sm_default_msg_id: 0,
    short_message: ascii('New time: 3pm'),
  },
  tlvs: [],
});
testParseGenerate('replace_sm_resp', { command_id: Cmd.replace_sm_resp, command_status: 0, sequence_number: 28, fields: {}, tlvs: [] });

testParseGenerate('enquire_link', { command_id: Cmd.enquire_link, command_status: 0, sequence_number: 29, fields: {}, tlvs: [] });
testParseGenerate('enquire_link_resp', { command_id: Cmd.enquire_link_resp, command_status: 0, sequence_number: 29, fields: {}, tlvs: [] });
testParseGenerate('unbind', { command_id: Cmd.unbind, command_status: 0, sequence_number: 30, fields: {}, tlvs: [] });
testParseGenerate('unbind_resp', { command_id: Cmd.unbind_resp, command_status: 0, sequence_number: 30, fields: {}, tlvs: [] });
testParseGenerate('generic_nack', {
  command_id: Cmd.generic_nack,
  command_status: Status.ESME_RINVCMDID,
  sequence_number: 31,
  fields: {},
  tlvs: [],
});

test('every fixture file has a round-trip case, and every command id is covered', () => {
  assert.equal(fixtureNames().filter((n) => !covered.has(n)), []);
  const ids = new Set(fixtureNames().map((n) => fixture(n).readUInt32BE(4)));
  assert.equal(Object.values(Cmd).filter((id) => !ids.has(id)), []);
});

test('decoded short_message and TLV values are views into the frame, not copies', () => {
  const frame = fixture('data_sm');
  const r = decodePdu(frame);
  assert.ok(r.ok);
  if (r.ok) assert.is(r.pdu.tlvs[2]!.value.buffer, frame.buffer);
});

test('isCommand narrows the fields type', () => {
  const r = decodePdu(fixture('submit_sm_plain'));
  assert.ok(r.ok);
  if (r.ok && isCommand(r.pdu, Cmd.submit_sm)) assert.is(r.pdu.fields.data_coding, 0);
  else assert.unreachable('not narrowed');
});

test('an edited short_message is re-encoded with the new sm_length', () => {
  const r = decodePdu(fixture('submit_sm_plain'));
  if (!r.ok || !isCommand(r.pdu, Cmd.submit_sm)) return assert.unreachable();
  r.pdu.fields.short_message = ascii('[redacted]');
  const again = decodePdu(encodePdu(r.pdu));
  assert.ok(again.ok);
  if (again.ok) assert.equal((again.pdu.fields as { short_message: Buffer }).short_message, ascii('[redacted]'));
});

test('encodePdu refuses fields it cannot write faithfully, naming the field only', () => {
  const r = decodePdu(fixture('submit_sm_plain'));
  if (!r.ok || !isCommand(r.pdu, Cmd.submit_sm)) return assert.unreachable();
  const base = r.pdu;
  const bad = (fields: object) => () => encodePdu({ ...base, fields: { ...base.fields, ...fields } });
  assert.throws(bad({ source_addr: 'caf\u00e9\u20ac' }), /source_addr/);
  assert.throws(bad({ destination_addr: 'a\0b' }), /destination_addr/);
  assert.throws(bad({ esm_class: 256 }), /esm_class/);
  assert.throws(bad({ short_message: Buffer.alloc(256) }), /short_message/);
  assert.throws(() => encodePdu({ ...base, command_id: 0x1234 }), /command_id/);
});

test.run();
