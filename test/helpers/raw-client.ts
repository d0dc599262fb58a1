// A raw SMPP peer for tests that need to send bytes the libraries would never send (malformed PDUs,
// unknown commands, PDUs before bind) and to see exactly what comes back.
import net from 'node:net';
import { Framer } from '../../src/codec/framer.js';
import { Cmd } from '../../src/codec/commands.js';
import { encodePdu } from '../../src/codec/pdu.js';
import { waitFor } from './net.js';

export interface RawPeer {
  socket: net.Socket;
  frames: Buffer[];
  closed: boolean;
  send(b: Buffer): void;
  next(timeoutMs?: number): Promise<Buffer>;
  bind(system_id: string, password: string, command?: number): Promise<number>;
  close(): void;
}

export function rawConnect(port: number): Promise<RawPeer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const framer = new Framer(1 << 20);
    let read = 0;
    const peer: RawPeer = {
      socket,
      frames: [],
      closed: false,
      send: (b) => socket.write(b),
      next: async (timeoutMs = 2000) => {
        await waitFor(() => peer.frames.length > read || peer.closed, timeoutMs);
        if (peer.frames.length <= read) throw new Error('connection closed');
        return peer.frames[read++]!;
      },
      bind: async (system_id, password, command = Cmd.bind_transceiver) => {
        const fields = { system_id, password, system_type: '', interface_version: 0x34, addr_ton: 0, addr_npi: 0, address_range: '' };
        peer.send(encodePdu({ command_id: command, command_status: 0, sequence_number: 1, fields, tlvs: [] }));
        const resp = await peer.next();
        return resp.readUInt32BE(8);
      },
      close: () => socket.destroy(),
    };
    socket.on('data', (c) => framer.push(c, (f) => peer.frames.push(Buffer.from(f))));
    socket.on('close', () => (peer.closed = true));
    socket.on('error', () => (peer.closed = true));
    socket.once('connect', () => resolve(peer));
    socket.once('error', reject);
  });
}
