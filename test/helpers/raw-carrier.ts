// A raw carrier sink: accepts any bind, answers submit_sm / data_sm / submit_multi with decimal ids, and
// keeps every frame exactly as it arrived, for byte-level assertions.
import net from 'node:net';
import { Framer } from '../../src/codec/framer.js';
import { buildPdu } from '../../src/codec/header.js';
import { Cmd, isResponse, responseOf } from '../../src/codec/commands.js';
import { tlvCString as cstring } from '../../src/codec/tlv.js';
import { waitFor } from './net.js';

export interface RawCarrier {
  port: number;
  frames: Buffer[];
  sockets: Set<net.Socket>;
  /** Frames of one command. */
  of(command_id: number): Buffer[];
  waitFor(command_id: number, n: number, timeoutMs?: number): Promise<Buffer[]>;
  send(frame: Buffer): void;
  close(): Promise<void>;
}

export async function startRawCarrier(opts: { status?: (frame: Buffer) => number } = {}): Promise<RawCarrier> {
  let nextId = 5000;
  const frames: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    const framer = new Framer(1 << 20);
    s.on('data', (chunk) =>
      framer.push(chunk, (f) => {
        const frame = Buffer.from(f);
        const id = frame.readUInt32BE(4);
        const seq = frame.readUInt32BE(12);
        if (isResponse(id)) return;
        frames.push(frame);
        if (id === Cmd.submit_sm || id === Cmd.data_sm || id === Cmd.submit_multi) {
          const status = opts.status?.(frame) ?? 0;
          const body = status ? undefined : id === Cmd.submit_multi ? Buffer.concat([cstring(String(++nextId)), Buffer.from([0])]) : cstring(String(++nextId));
          s.write(buildPdu(responseOf(id), status, seq, body));
        } else if (id === Cmd.bind_transceiver || id === Cmd.bind_transmitter || id === Cmd.bind_receiver) {
          s.write(buildPdu(responseOf(id), 0, seq, cstring('rawsink')));
        } else if (id !== Cmd.alert_notification && id !== Cmd.outbind) {
          s.write(buildPdu(responseOf(id), 0, seq));
        }
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const c: RawCarrier = {
    port: (server.address() as net.AddressInfo).port,
    frames,
    sockets,
    of: (id) => frames.filter((f) => f.readUInt32BE(4) === id),
    waitFor: (id, n, timeoutMs = 3000) => waitFor(() => (c.of(id).length >= n ? c.of(id) : undefined), timeoutMs),
    send: (frame) => {
      for (const s of sockets) {
        s.write(frame);
        return;
      }
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
  return c;
}

/** A frame with its sequence number zeroed, for comparing what was sent with what arrived. */
export function withoutSequence(frame: Buffer): Buffer {
  const b = Buffer.from(frame);
  b.writeUInt32BE(0, 12);
  return b;
}
