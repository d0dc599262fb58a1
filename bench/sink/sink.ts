// A minimal carrier SMSC for benchmarks: accepts any bind, answers submit_sm / data_sm with sequential
// message ids as fast as it can (optionally after a fixed or random delay: a slow carrier), and optionally
// sends delivery receipts. Responses produced while handling one received chunk go out in one write.
import net from 'node:net';
import tls from 'node:tls';
import { Cmd } from '../../src/codec/commands.js';
import { Status } from '../../src/codec/status.js';
import { PduFramer } from '../wire/framer.js';
import { commandId, readMessageHead, sequenceNumber, type MessageHead } from '../wire/read.js';
import { headerOnly, stringResponse } from '../wire/write.js';
import { receiptPdu } from './receipts.js';

export interface SinkOptions {
  host?: string;
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Response delay in ms: a fixed number or [min, max] drawn uniformly per PDU. */
  delayMs?: number | [number, number];
  /** 'requested': when registered_delivery asks for one; 'always'; 'never' (default). */
  receipts?: 'never' | 'requested' | 'always';
  /** Keep the last N received submits (heads and texts) for tests. */
  keep?: number;
  systemId?: string;
}

export interface SinkStats {
  connections: number;
  binds: number;
  submitSm: number;
  dataSm: number;
  receiptsSent: number;
  deliverSmResp: number;
  enquireLink: number;
  other: number;
}

export interface ReceivedSubmit extends MessageHead {
  sequence_number: number;
  command_id: number;
}

export interface Sink {
  readonly port: number;
  readonly stats: SinkStats;
  readonly received: ReceivedSubmit[];
  close(): Promise<void>;
}

const enum BindKind {
  None = 0,
  Transmitter = 1,
  Receiver = 2,
  Transceiver = 3,
}

interface Conn {
  socket: net.Socket;
  kind: BindKind;
  out: Buffer[];
  deliverSeq: number;
}

export async function startSink(o: SinkOptions = {}): Promise<Sink> {
  const stats: SinkStats = { connections: 0, binds: 0, submitSm: 0, dataSm: 0, receiptsSent: 0, deliverSmResp: 0, enquireLink: 0, other: 0 };
  const received: ReceivedSubmit[] = [];
  const keep = o.keep ?? 0;
  const systemId = o.systemId ?? 'sink';
  const receipts = o.receipts ?? 'never';
  const receivers = new Set<Conn>();
  const sockets = new Set<net.Socket>();
  let messageId = 0;

  const delay = o.delayMs;
  const drawDelay =
    delay === undefined ? undefined : typeof delay === 'number' ? () => delay : () => delay[0] + Math.random() * (delay[1] - delay[0]);

  // Delayed responses are grouped by the millisecond they are due in: one timer per bucket, not per PDU.
  const buckets = new Map<number, Map<Conn, Buffer[]>>();
  const later = (conn: Conn, buf: Buffer, ms: number) => {
    const due = Math.ceil(Date.now() + ms);
    let bucket = buckets.get(due);
    if (!bucket) {
      bucket = new Map();
      buckets.set(due, bucket);
      setTimeout(() => {
        buckets.delete(due);
        for (const [c, list] of bucket!) if (!c.socket.destroyed) c.socket.write(list.length === 1 ? list[0]! : Buffer.concat(list));
      }, Math.max(0, due - Date.now()));
    }
    const list = bucket.get(conn);
    if (list) list.push(buf);
    else bucket.set(conn, [buf]);
  };

  const flush = (conn: Conn) => {
    const out = conn.out;
    if (out.length === 0 || conn.socket.destroyed) return;
    conn.socket.write(out.length === 1 ? out[0]! : Buffer.concat(out));
    conn.out = [];
  };

  // Receipts go out after the responses of the same chunk (a receipt never overtakes the submit_sm_resp it
  // refers to), batched per connection: one write per event-loop turn.
  const receiptQueue = new Map<Conn, Buffer[]>();
  let receiptFlush = false;
  const flushReceipts = () => {
    receiptFlush = false;
    for (const [c, list] of receiptQueue) if (!c.socket.destroyed) c.socket.write(list.length === 1 ? list[0]! : Buffer.concat(list));
    receiptQueue.clear();
  };
  const sendReceipt = (from: Conn, id: string, head: MessageHead) => {
    const target = from.kind & BindKind.Receiver ? from : [...receivers][0];
    if (!target) return;
    stats.receiptsSent++;
    target.deliverSeq = target.deliverSeq >= 0x7fffffff ? 1 : target.deliverSeq + 1;
    const pdu = receiptPdu(target.deliverSeq, id, head, new Date());
    const list = receiptQueue.get(target);
    if (list) list.push(pdu);
    else receiptQueue.set(target, [pdu]);
    if (!receiptFlush) {
      receiptFlush = true;
      setImmediate(flushReceipts);
    }
  };

  const onPdu = (conn: Conn, buf: Buffer, start: number, len: number) => {
    const id = commandId(buf, start);
    const seq = sequenceNumber(buf, start);
    switch (id) {
      case Cmd.submit_sm:
      case Cmd.data_sm: {
        const isData = id === Cmd.data_sm;
        if (isData) stats.dataSm++;
        else stats.submitSm++;
        if (conn.kind === BindKind.None || conn.kind === BindKind.Receiver) {
          conn.out.push(headerOnly(id | 0x80000000, Status.ESME_RINVBNDSTS, seq));
          break;
        }
        const mid = String(++messageId);
        const resp = stringResponse(isData ? Cmd.data_sm_resp : Cmd.submit_sm_resp, 0, seq, mid);
        if (drawDelay) later(conn, resp, drawDelay());
        else conn.out.push(resp);
        if (keep > 0 || receipts !== 'never') {
          const head = readMessageHead(buf, start, len, isData);
          if (head && keep > 0) {
            received.push({ ...head, sequence_number: seq, command_id: id });
            if (received.length > keep) received.shift();
          }
          if (head && (receipts === 'always' || (receipts === 'requested' && (head.registered_delivery & 0x03) !== 0))) {
            sendReceipt(conn, mid, head);
          }
        }
        break;
      }
      case Cmd.bind_transmitter:
      case Cmd.bind_receiver:
      case Cmd.bind_transceiver: {
        conn.kind = id === Cmd.bind_transmitter ? BindKind.Transmitter : id === Cmd.bind_receiver ? BindKind.Receiver : BindKind.Transceiver;
        if (conn.kind & BindKind.Receiver) receivers.add(conn);
        stats.binds++;
        conn.out.push(stringResponse(id | 0x80000000, 0, seq, systemId));
        break;
      }
      case Cmd.deliver_sm_resp:
        stats.deliverSmResp++;
        break;
      case Cmd.enquire_link:
        stats.enquireLink++;
        conn.out.push(headerOnly(Cmd.enquire_link_resp, 0, seq));
        break;
      case Cmd.unbind:
        conn.out.push(headerOnly(Cmd.unbind_resp, 0, seq));
        flush(conn);
        conn.socket.end();
        break;
      default:
        stats.other++;
        // SMPP 3.4 §3.3: answer an unknown or unexpected request with generic_nack.
        if ((id & 0x80000000) === 0) conn.out.push(headerOnly(Cmd.generic_nack, Status.ESME_RINVCMDID, seq));
        break;
    }
  };

  const onConnection = (socket: net.Socket) => {
    stats.connections++;
    sockets.add(socket);
    socket.setNoDelay(true);
    const conn: Conn = { socket, kind: BindKind.None, out: [], deliverSeq: 0 };
    const framer = new PduFramer((buf, start, len) => onPdu(conn, buf, start, len));
    socket.on('data', (chunk: Buffer) => {
      if (!framer.push(chunk)) {
        socket.destroy();
        return;
      }
      flush(conn);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      receivers.delete(conn);
    });
  };

  const server = o.tls
    ? tls.createServer({ cert: o.tls.cert, key: o.tls.key }, onConnection)
    : net.createServer(onConnection);
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    stats,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `20` → 20 ms; `20-50` → uniform in [20, 50]; empty or `0` → no delay. */
export function parseDelay(s: string | undefined): SinkOptions['delayMs'] {
  if (s === undefined || s === '' || s === '0') return undefined;
  const m = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(s);
  if (!m) throw new Error('--delay takes MS or MIN-MAX');
  return m[2] === undefined ? Number(m[1]) : [Number(m[1]), Number(m[2])];
}
