// One client bind of the load generator. Requests are queued into a batch and written with one socket.write
// per flush; the copy for each request comes from a pre-encoded template with sequence_number, destination
// digits and the UDH reference patched in place. Responses are matched by sequence_number through a ring.
import type net from 'node:net';
import { performance } from 'node:perf_hooks';
import { Cmd } from '../../src/codec/commands.js';
import { statusName } from '../../src/codec/status.js';
import { PduFramer } from '../wire/framer.js';
import { commandId, commandStatus, readMessageHead, sequenceNumber } from '../wire/read.js';
import { bindPdu, headerOnly, stringResponse } from '../wire/write.js';
import { connectEndpoint, type EndpointOptions } from './endpoint.js';
import { DEST_DIGITS, type MessageTemplate } from './message-mix.js';
import type { LoadStats } from './stats.js';

export interface BindCredentials {
  systemId: string;
  password: string;
  systemType?: string;
}

const RING = 1 << 17;
const MASK = RING - 1;
const MAX_SEQ = 0x7fffffff;
const NO_PATCH = -1;

export class LoadBind {
  /** Requests sent and not yet answered. */
  inflight = 0;
  closed = false;
  /** Set per received chunk: the arrival time of every PDU in it. */
  private now = 0;
  private seq = 1; // 1 is the bind
  private readonly sentAt = new Float64Array(RING);
  private readonly writtenAt = new Float64Array(RING);
  private readonly sentSeq = new Int32Array(RING);
  private readonly framer: PduFramer;
  // The pending batch, as parallel arrays (no object per request).
  private bBuf: Buffer[] = [];
  private bSeq: number[] = [];
  private bDest: number[] = [];
  private bDestOff: number[] = [];
  private bRef: number[] = [];
  private bRefOff: number[] = [];
  private bBytes = 0;
  private bindWaiter: ((status: number) => void) | undefined;
  private unbindWaiter: (() => void) | undefined;

  private constructor(
    private readonly socket: net.Socket,
    private readonly stats: LoadStats,
    /** Called after each received chunk, before the batch is flushed: the driver sends more here. */
    private readonly onChunk: (bind: LoadBind) => void,
  ) {
    this.framer = new PduFramer((buf, start, len) => this.onPdu(buf, start, len));
    socket.on('data', (chunk: Buffer) => {
      this.now = performance.now();
      if (!this.framer.push(chunk)) {
        this.socket.destroy();
        return;
      }
      this.onChunk(this);
      this.flush();
    });
    socket.on('error', () => {
      stats.socketErrors++;
    });
    socket.on('close', () => {
      this.closed = true;
      this.bindWaiter?.(-1);
      this.unbindWaiter?.();
    });
  }

  static async open(endpoint: EndpointOptions, creds: BindCredentials, stats: LoadStats, onChunk: (b: LoadBind) => void): Promise<LoadBind> {
    const socket = await connectEndpoint(endpoint);
    const bind = new LoadBind(socket, stats, onChunk);
    const status = await new Promise<number>((resolve) => {
      const timer = setTimeout(() => resolve(-2), 10_000);
      bind.bindWaiter = (s) => {
        clearTimeout(timer);
        bind.bindWaiter = undefined;
        resolve(s);
      };
      socket.write(bindPdu(Cmd.bind_transceiver, 1, { system_id: creds.systemId, password: creds.password, system_type: creds.systemType ?? '' }));
    });
    if (status !== 0) {
      socket.destroy();
      const why = status === -1 ? 'connection closed' : status === -2 ? 'no answer in 10 s' : statusName(status);
      throw new Error(`bind_transceiver refused: ${why}`);
    }
    return bind;
  }

  /** Queues every part of one message; `n` picks its destination digits and UDH reference. */
  send(tpl: MessageTemplate, n: number, scheduledAt: number, now: number): void {
    const parts = tpl.parts;
    for (let i = 0; i < parts.length; i++) {
      const seq = this.nextSeq();
      const slot = seq & MASK;
      if (this.sentSeq[slot] !== 0) {
        // A request 131,072 sends old never got an answer: give it up.
        this.stats.lost++;
        this.inflight--;
      }
      this.sentSeq[slot] = seq;
      this.sentAt[slot] = scheduledAt;
      this.writtenAt[slot] = now;
      this.queue(parts[i]!, seq, n, tpl.destinationDigitsOffset, n & 0xff, tpl.refOffset);
    }
    this.inflight += parts.length;
    this.stats.sentPdus += parts.length;
    this.stats.sentMessages++;
  }

  /** Writes the pending batch with one socket.write. */
  flush(): void {
    const count = this.bBuf.length;
    if (count === 0) return;
    const out = Buffer.allocUnsafe(this.bBytes);
    let pos = 0;
    for (let i = 0; i < count; i++) {
      const src = this.bBuf[i]!;
      src.copy(out, pos);
      const seq = this.bSeq[i]!;
      if (seq !== NO_PATCH) {
        out.writeUInt32BE(seq, pos + 12);
        writeDigits(out, pos + this.bDestOff[i]!, this.bDest[i]!);
        const refOff = this.bRefOff[i]!;
        if (refOff >= 0) out[pos + refOff] = this.bRef[i]!;
      }
      pos += src.length;
    }
    this.bBuf.length = this.bSeq.length = this.bDest.length = this.bDestOff.length = this.bRef.length = this.bRefOff.length = 0;
    this.bBytes = 0;
    if (!this.closed) this.socket.write(out);
  }

  /** unbind, wait briefly for unbind_resp, close. Requests still in flight are left unanswered. */
  async close(waitMs = 2000): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, waitMs);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.unbindWaiter = finish;
      this.socket.write(headerOnly(Cmd.unbind, 0, this.nextSeq()));
    });
    this.unbindWaiter = undefined;
    this.socket.destroy();
  }

  private nextSeq(): number {
    this.seq = this.seq >= MAX_SEQ ? 1 : this.seq + 1;
    return this.seq;
  }

  private queue(buf: Buffer, seq: number, dest: number, destOff: number, ref: number, refOff: number): void {
    this.bBuf.push(buf);
    this.bSeq.push(seq);
    this.bDest.push(dest);
    this.bDestOff.push(destOff);
    this.bRef.push(ref);
    this.bRefOff.push(refOff);
    this.bBytes += buf.length;
  }

  private reply(buf: Buffer): void {
    this.queue(buf, NO_PATCH, 0, 0, 0, -1);
  }

  private onPdu(buf: Buffer, start: number, len: number): void {
    const id = commandId(buf, start);
    const seq = sequenceNumber(buf, start);
    switch (id) {
      case Cmd.submit_sm_resp:
      case Cmd.data_sm_resp:
      case Cmd.generic_nack: {
        const slot = seq & MASK;
        if (seq > 0 && seq <= MAX_SEQ && this.sentSeq[slot] === seq) {
          this.sentSeq[slot] = 0;
          this.inflight--;
          this.stats.response(commandStatus(buf, start), this.now - this.sentAt[slot]!, this.now - this.writtenAt[slot]!);
        } else if (id === Cmd.generic_nack && seq === 1 && this.bindWaiter) {
          this.bindWaiter(commandStatus(buf, start) || 0xff);
        } else {
          this.stats.unmatched++;
        }
        break;
      }
      case Cmd.deliver_sm: {
        this.stats.deliveries++;
        const head = readMessageHead(buf, start, len, false);
        if (head && (head.esm_class & 0x3c) === 0x04) this.stats.receipts++; // SMPP 3.4 §5.2.12: SMSC delivery receipt
        this.reply(stringResponse(Cmd.deliver_sm_resp, 0, seq, ''));
        break;
      }
      case Cmd.enquire_link:
        this.reply(headerOnly(Cmd.enquire_link_resp, 0, seq));
        break;
      case Cmd.unbind:
        this.reply(headerOnly(Cmd.unbind_resp, 0, seq));
        break;
      case Cmd.bind_transceiver_resp:
        this.bindWaiter?.(commandStatus(buf, start));
        break;
      case Cmd.unbind_resp:
        this.unbindWaiter?.();
        break;
      default:
        break;
    }
  }
}

/** The low DEST_DIGITS decimal digits of n, in place (ASCII). */
function writeDigits(buf: Buffer, off: number, n: number): void {
  for (let i = DEST_DIGITS - 1; i >= 0; i--) {
    buf[off + i] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
}
