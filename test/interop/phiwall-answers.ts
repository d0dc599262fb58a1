// A raw client that drives phiwall into composing each of its own responses, for the strict parsers.
import * as assert from 'uvu/assert';
import { Cmd, isResponse } from '../../src/codec/commands.js';
import { buildPdu } from '../../src/codec/header.js';
import { encodePdu, type SubmitSmFields } from '../../src/codec/pdu.js';
import { rawConnect, type RawPeer } from '../helpers/raw-client.js';
import { waitFor } from '../helpers/net.js';

function submit(seq: number, o: Partial<SubmitSmFields>): Buffer {
  const fields: SubmitSmFields = {
    service_type: '',
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: '12345',
    dest_addr_ton: 1,
    dest_addr_npi: 1,
    destination_addr: '4915550100',
    esm_class: 0,
    protocol_id: 0,
    priority_flag: 0,
    schedule_delivery_time: '',
    validity_period: '',
    registered_delivery: 1,
    replace_if_present_flag: 0,
    data_coding: 0,
    sm_default_msg_id: 0,
    short_message: Buffer.alloc(0),
    ...o,
  };
  return encodePdu({ command_id: Cmd.submit_sm, command_status: 0, sequence_number: seq, fields, tlvs: [] });
}

function messageIdOf(resp: Buffer): string {
  return resp.toString('latin1', 16, resp.indexOf(0, 16));
}

/**
 * Makes phiwall answer, itself, every kind of request a client can send — a refused bind, enquire_link, an
 * unknown command, a PHI submit its policy refuses, query/replace/cancel (translated to the carrier), a
 * held concatenated part and a query for it, data_sm, unbind — answering the receipts that arrive in
 * between. Returns every PDU phiwall sent to this client.
 */
export async function provokePhiwallAnswers(port: number): Promise<Buffer[]> {
  const got: Buffer[] = [];
  const refused = await rawConnect(port);
  try {
    refused.send(encodePdu({ command_id: Cmd.bind_transceiver, command_status: 0, sequence_number: 1, fields: { system_id: 'emr', password: 'wrong', system_type: '', interface_version: 0x34, addr_ton: 0, addr_npi: 0, address_range: '' }, tlvs: [] }));
    got.push(await refused.next());
  } finally {
    refused.close();
  }
  const p: RawPeer = await rawConnect(port);
  try {
    // Receipts for this client's submits arrive in between: answer them, and wait for the response by its
    // sequence number.
    let answered = 0;
    const answerDelivers = () => {
      for (; answered < p.frames.length; answered++) {
        const f = p.frames[answered]!;
        if (f.readUInt32BE(4) === Cmd.deliver_sm) p.send(buildPdu(Cmd.deliver_sm_resp, 0, f.readUInt32BE(12), Buffer.from([0])));
      }
    };
    const ask = async (frame: Buffer) => {
      const seq = frame.readUInt32BE(12);
      p.send(frame);
      return waitFor(() => (answerDelivers(), p.frames.find((f) => isResponse(f.readUInt32BE(4)) && f.readUInt32BE(12) === seq)), 12_000);
    };
    await p.bind('emr', 'emrpass');
    await ask(buildPdu(Cmd.enquire_link, 0, 2));
    await ask(buildPdu(0x00000099, 0, 3)); // no such command
    const blocked = await ask(submit(4, { short_message: Buffer.from('Jane Smith, your HIV test came back positive. MRN 00482913. Call Dr. Patel.') }));
    assert.is.not(blocked.readUInt32BE(8), 0, 'policy strict refuses the PHI submit');
    const ok = await ask(submit(5, { short_message: Buffer.from('Your appointment is confirmed for Tuesday at 10:30.') }));
    const id = messageIdOf(ok);
    await ask(encodePdu({ command_id: Cmd.query_sm, command_status: 0, sequence_number: 6, fields: { message_id: id, source_addr_ton: 1, source_addr_npi: 1, source_addr: '12345' }, tlvs: [] }));
    await ask(encodePdu({ command_id: Cmd.query_sm, command_status: 0, sequence_number: 7, fields: { message_id: 'ffffffffffffffff', source_addr_ton: 1, source_addr_npi: 1, source_addr: '12345' }, tlvs: [] }));
    await ask(
      encodePdu({
        command_id: Cmd.replace_sm,
        command_status: 0,
        sequence_number: 8,
        fields: { message_id: id, source_addr_ton: 1, source_addr_npi: 1, source_addr: '12345', schedule_delivery_time: '', validity_period: '', registered_delivery: 0, sm_default_msg_id: 0, short_message: Buffer.from('Your appointment moved to 11:00.') },
        tlvs: [],
      }),
    );
    await ask(
      encodePdu({
        command_id: Cmd.cancel_sm,
        command_status: 0,
        sequence_number: 9,
        fields: { service_type: '', message_id: id, source_addr_ton: 1, source_addr_npi: 1, source_addr: '12345', dest_addr_ton: 1, dest_addr_npi: 1, destination_addr: '4915550100' },
        tlvs: [],
      }),
    );
    // A part held for reassembly: phiwall answers the submit and a query for it without the carrier.
    const held = await ask(submit(10, { esm_class: 0x40, short_message: Buffer.concat([Buffer.from('0500031b0201', 'hex'), Buffer.from('The first of two parts; ')]) }));
    await ask(encodePdu({ command_id: Cmd.query_sm, command_status: 0, sequence_number: 11, fields: { message_id: messageIdOf(held), source_addr_ton: 1, source_addr_npi: 1, source_addr: '12345' }, tlvs: [] }));
    await ask(submit(12, { esm_class: 0x40, short_message: Buffer.concat([Buffer.from('0500031b0202', 'hex'), Buffer.from('the second part.')]) }));
    await ask(
      encodePdu({
        command_id: Cmd.data_sm,
        command_status: 0,
        sequence_number: 13,
        fields: { service_type: '', source_addr_ton: 1, source_addr_npi: 1, source_addr: '12345', dest_addr_ton: 1, dest_addr_npi: 1, destination_addr: '4915550101', esm_class: 0, registered_delivery: 0, data_coding: 0 },
        tlvs: [{ tag: 0x0424, value: Buffer.from('Pharmacy hours change next week.') }],
      }),
    );
    await ask(buildPdu(Cmd.unbind, 0, 14));
  } finally {
    p.close();
  }
  return [...got, ...p.frames];
}
