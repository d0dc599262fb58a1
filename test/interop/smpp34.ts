// libsmpp34 (Debian libsmpp34-dev) as a strict third PDU parser: smpp34-decode.c is compiled into a
// temporary directory (never into the tree) and given one PDU at a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peerScript } from './tools.js';

export interface Smpp34Decoder {
  /** libsmpp34's verdict on one PDU: `ok` false when it printed ERR (or its dump failed). */
  decode(frame: Buffer): { ok: boolean; output: string };
  remove(): void;
}

/** The decoder, or why it cannot be built here. */
export function buildSmpp34Decoder(): Smpp34Decoder | string {
  const source = peerScript('smpp34-decode.c');
  if (!existsSync(source)) return `${source} not found (set PHIWALL_INTEROP_DIR)`;
  const flags = spawnSync('pkg-config', ['--cflags', '--libs', 'libsmpp34'], { encoding: 'utf8' });
  if (flags.error) return 'pkg-config not installed';
  if (flags.status !== 0) return 'libsmpp34 not installed (apt-get install libsmpp34-dev)';
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-smpp34-'));
  const bin = join(dir, 'smpp34-decode');
  const cc = spawnSync('gcc', ['-O2', '-o', bin, source, ...flags.stdout.trim().split(/\s+/)], { encoding: 'utf8', timeout: 60_000 });
  if (cc.error || cc.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return cc.error ? 'gcc not installed' : `smpp34-decode.c did not compile: ${cc.stderr.trim().split('\n')[0]}`;
  }
  return {
    decode: (frame) => {
      const r = spawnSync(bin, [frame.toString('hex')], { encoding: 'utf8', timeout: 10_000 });
      const output = r.stdout ?? '';
      return { ok: r.status === 0 && output.startsWith('OK ') && !/^ERR /m.test(output), output };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const BINDS = new Set([0x00000001, 0x00000002, 0x00000009]);
const WITH_SHORT_MESSAGE = new Set([0x00000004, 0x00000005, 0x00000007]);

/**
 * Error responses phiwall sends header-only although libsmpp34 wants their body. SMPP 3.4 says the body "is not
 * returned if the command_status field contains a non-zero value" for bind_transmitter_resp (§4.1.2),
 * bind_receiver_resp (§4.1.4) and submit_sm_resp (§4.4.2); bind_transceiver_resp follows them. query_sm_resp
 * (§4.8.2) has no such sentence, but its body would have to invent a message_state: a known deviation, listed.
 */
const HEADER_ONLY_ON_ERROR: Record<number, string> = {
  0x80000001: 'SMPP 3.4 §4.1.4',
  0x80000002: 'SMPP 3.4 §4.1.2',
  0x80000009: 'as bind_transmitter_resp, SMPP 3.4 §4.1.2',
  0x80000004: 'SMPP 3.4 §4.4.2',
  0x80000003: 'known deviation from SMPP 3.4 §4.8.2',
};

/**
 * Why libsmpp34 would refuse a PDU for limits of its own (README: it rejects interface_version 0x50 and caps
 * short_message below 255 octets; it also wants a body in error responses), or undefined when it should
 * parse it.
 */
export function libsmpp34Limit(frame: Buffer): string | undefined {
  const id = frame.readUInt32BE(4);
  const headerOnly = HEADER_ONLY_ON_ERROR[id];
  if (headerOnly && frame.length === 16 && frame.readUInt32BE(8) !== 0) return `header-only error response (${headerOnly})`;
  if (BINDS.has(id)) {
    let off = 16;
    for (let i = 0; i < 3; i++) off = afterCString(frame, off); // system_id, password, system_type
    const version = frame[off];
    if (version !== undefined && version > 0x34) return `interface_version 0x${version.toString(16)}`;
  }
  if (WITH_SHORT_MESSAGE.has(id)) {
    const sm = smLength(frame);
    if (sm !== undefined && sm >= 255) return `short_message of ${sm} octets`;
  }
  return undefined;
}

function afterCString(frame: Buffer, off: number): number {
  const nul = frame.indexOf(0, off);
  return nul < 0 ? frame.length : nul + 1;
}

/** sm_length of submit_sm / deliver_sm (SMPP 3.4 §4.4.1, §4.6.1) or replace_sm (§4.10.1). */
function smLength(frame: Buffer): number | undefined {
  const id = frame.readUInt32BE(4);
  let off = 16;
  const skipCString = () => (off = afterCString(frame, off));
  if (id === 0x00000007) {
    // message_id, source_addr_ton/npi, source_addr, schedule, validity, registered_delivery, sm_default_msg_id
    skipCString();
    off += 2;
    skipCString();
    skipCString();
    skipCString();
    off += 2;
  } else {
    skipCString(); // service_type
    off += 2;
    skipCString(); // source_addr
    off += 2;
    skipCString(); // destination_addr
    off += 3; // esm_class, protocol_id, priority_flag
    skipCString(); // schedule_delivery_time
    skipCString(); // validity_period
    off += 4; // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
  }
  return frame[off];
}
