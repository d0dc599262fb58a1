// A recording TCP relay: whatever connects to `port` is piped to the target, and every PDU that crosses is
// kept as the exact bytes sent, with its direction. It lets a test see what phiwall put on the wire without
// phiwall's own codec being involved in the looking.
import net from 'node:net';
import { Framer } from '../../src/codec/framer.js';

export interface TappedPdu {
  /** `up`: from whoever connected to the tap, towards the target. */
  dir: 'up' | 'down';
  frame: Buffer;
}

export interface Tap {
  port: number;
  pdus: TappedPdu[];
  close(): Promise<void>;
}

export async function startTap(targetPort: number): Promise<Tap> {
  const pdus: TappedPdu[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((a) => {
    const b = net.connect(targetPort, '127.0.0.1');
    for (const s of [a, b]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    const record = (dir: TappedPdu['dir']) => {
      const framer = new Framer(1 << 20);
      return (chunk: Buffer) => framer.push(chunk, (f) => void pdus.push({ dir, frame: Buffer.from(f) }));
    };
    a.on('data', record('up'));
    b.on('data', record('down'));
    a.pipe(b);
    b.pipe(a);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    pdus,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
