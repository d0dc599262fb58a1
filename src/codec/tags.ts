// SMPP 3.4 §5.3.2 optional parameter (TLV) tags that phiwall reads or writes.
// Every other tag, vendor ones included, is carried as raw bytes and forwarded unchanged.
export const Tag = {
  dest_addr_subunit: 0x0005,
  source_addr_subunit: 0x000d,
  receipted_message_id: 0x001e,
  user_message_reference: 0x0204,
  source_port: 0x020a,
  destination_port: 0x020b,
  sar_msg_ref_num: 0x020c,
  sar_total_segments: 0x020e,
  sar_segment_seqnum: 0x020f,
  sc_interface_version: 0x0210,
  message_payload: 0x0424,
  message_state: 0x0427,
  network_error_code: 0x0423,
} as const;

export type TagName = keyof typeof Tag;
