// Building PDUs for wire tests with the project's codec.
import { Cmd } from '../../src/codec/commands.js';
import { encodePdu, type SubmitSmFields, type Tlv } from '../../src/codec/pdu.js';
import { buildConcatUdh } from '../../src/codec/udh.js';

export function submitFields(o: Partial<SubmitSmFields> = {}): SubmitSmFields {
  return {
    service_type: '',
    source_addr_ton: 0,
    source_addr_npi: 0,
    source_addr: '12345',
    dest_addr_ton: 1,
    dest_addr_npi: 1,
    destination_addr: '15550000000',
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
    ...o,
  };
}

export function submitSm(seq: number, o: Partial<SubmitSmFields> = {}, tlvs: Tlv[] = [], command_id: number = Cmd.submit_sm): Buffer {
  return encodePdu({ command_id, command_status: 0, sequence_number: seq, fields: submitFields(o), tlvs });
}

/** Part `seq` of `total` with an 8- or 16-bit-reference concatenation UDH in front of `payload`. */
export function udhPart(ref: number, total: number, seq: number, payload: Buffer, refBits: 8 | 16 = 8): Buffer {
  return Buffer.concat([buildConcatUdh(ref, total, seq, refBits), payload]);
}
