// One SMPP connection, either direction: framing, request/response matching by sequence_number, response
// timeouts, enquire_link keep-alive, and write backpressure. Sessions (client and carrier) sit on top of it.
import type { Socket } from 'node:net';
import { Framer, type FramerError } from '../codec/framer.js';
import { buildPdu, genericNack, HEADER_LENGTH } from '../codec/header.js';
import { Cmd, isKnownCommand, isResponse, responseOf } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import { Errors, type PhiwallError } from '../errors.js';
import type { Logger } from '../observability/logger.js';

export interface Header {
  command_length: number;
  command_id: number;
  command_status: number;
  sequence_number: number;
}

export interface ConnectionOptions {
  maxPdu: number;
  responseTimeoutMs: number;
  /** Send enquire_link after this much silence (0 = never). */
  enquireLinkIntervalMs: number;
  log: Logger;
}

export interface ConnectionHandlers {
  /** A request PDU from the peer (responses are matched internally). */
  onRequest(header: Header, frame: Buffer): void;
  onClose(reason: string): void;
}

interface Pending {
  resolve(frame: Buffer): void;
  reject(err: PhiwallError): void;
  deadline: number;
}

const SWEEP_MS = 200;

export class SmppConnection {
  readonly socket: Socket;
  private readonly framer: Framer;
  private readonly pending = new Map<number, Pending>();
  private nextSeq = 1;
  private lastRx = Date.now();
  private enquirePending = false;
  private readonly sweepTimer: NodeJS.Timeout;
  private closed = false;
  private handlers: ConnectionHandlers | undefined;
  private readonly drainWaiters: (() => void)[] = [];
  private pausedByUs = false;

  constructor(
    socket: Socket,
    private readonly opts: ConnectionOptions,
  ) {
    this.socket = socket;
    this.framer = new Framer(opts.maxPdu);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('drain', () => this.onDrain());
    socket.on('error', (err) => this.close(`socket error: ${(err as NodeJS.ErrnoException).code ?? err.name}`));
    socket.on('close', () => this.close('peer closed'));
    this.sweepTimer = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweepTimer.unref();
  }

  start(handlers: ConnectionHandlers): void {
    this.handlers = handlers;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** True while the socket's write buffer is over its high-water mark. */
  get congested(): boolean {
    return this.socket.writableNeedDrain;
  }

  allocateSequence(): number {
    const seq = this.nextSeq;
    // SMPP 3.4 §5.1.4: 0x00000001 to 0x7FFFFFFF.
    this.nextSeq = seq >= 0x7fffffff ? 1 : seq + 1;
    return seq;
  }

  /**
   * Writes a whole PDU. Writes within one tick are corked together and leave in one writev (one syscall for
   * many responses under load). Returns false when the socket buffer is full (wait for `drained`).
   */
  send(frame: Buffer): boolean {
    if (this.closed) return false;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(this.uncork);
    }
    return this.socket.write(frame);
  }

  private corked = false;
  private readonly uncork = (): void => {
    this.corked = false;
    this.socket.uncork();
  };

  /** Resolves when the socket's write buffer has drained (immediately if it is not congested). */
  drained(): Promise<void> {
    if (!this.socket.writableNeedDrain || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  respond(request: Header, command_status: number, body?: Buffer): void {
    this.send(buildPdu(responseOf(request.command_id), command_status, request.sequence_number, body));
  }

  /**
   * Sends a request and resolves with the peer's response frame (or its generic_nack). The frame's
   * sequence number is overwritten in place with a fresh one from this connection.
   */
  request(frame: Buffer): Promise<Buffer> {
    if (this.closed) return Promise.reject(Errors.sessionClosed());
    const seq = this.allocateSequence();
    frame.writeUInt32BE(seq, 12);
    return new Promise<Buffer>((resolve, reject) => {
      // One timeout per connection keeps `pending` ordered by deadline (see sweep).
      this.pending.set(seq, { resolve, reject, deadline: Date.now() + this.opts.responseTimeoutMs });
      this.send(frame);
    });
  }

  /** Builds and sends a request from parts. */
  requestPdu(command_id: number, body?: Buffer): Promise<Buffer> {
    return this.request(buildPdu(command_id, 0, 0, body));
  }

  /** Stop reading from the peer (used when our own downstream is congested). */
  pauseReading(): void {
    if (!this.pausedByUs) {
      this.pausedByUs = true;
      this.socket.pause();
    }
  }

  resumeReading(): void {
    if (this.pausedByUs) {
      this.pausedByUs = false;
      this.socket.resume();
    }
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweepTimer);
    this.socket.destroy();
    const err = Errors.sessionClosed(reason);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const w of this.drainWaiters.splice(0)) w();
    this.handlers?.onClose(reason);
  }

  /** Closes after the write buffer has been flushed (for unbind_resp, generic_nack before close). */
  end(reason: string): void {
    if (this.closed) return;
    this.socket.end(() => this.close(reason));
    setTimeout(() => this.close(reason), 2000).unref();
  }

  private onData(chunk: Buffer): void {
    this.lastRx = Date.now();
    const err = this.framer.push(chunk, (frame) => this.onFrame(frame));
    if (err) this.onFramingError(err);
  }

  private onFramingError(err: FramerError): void {
    // SMPP 3.4 §2.3: a PDU with an invalid length cannot be delimited; nack it and close the connection.
    this.opts.log.warn({ command_length: err.commandLength }, 'invalid command_length; closing');
    this.send(genericNack(Status.ESME_RINVCMDLEN, err.sequenceNumber ?? 0));
    this.end('invalid command_length');
  }

  private onFrame(frame: Buffer): void {
    if (this.closed) return;
    const header: Header = {
      command_length: frame.readUInt32BE(0),
      command_id: frame.readUInt32BE(4),
      command_status: frame.readUInt32BE(8),
      sequence_number: frame.readUInt32BE(12),
    };
    if (!isKnownCommand(header.command_id)) {
      this.send(genericNack(Status.ESME_RINVCMDID, header.sequence_number));
      return;
    }
    if (isResponse(header.command_id)) {
      const p = this.pending.get(header.sequence_number);
      if (p) {
        this.pending.delete(header.sequence_number);
        p.resolve(frame);
      } else if (header.command_id === Cmd.enquire_link_resp) {
        this.enquirePending = false;
      }
      return;
    }
    if (header.command_id === Cmd.enquire_link) {
      // Answered in every state, by the connection itself.
      this.send(buildPdu(Cmd.enquire_link_resp, 0, header.sequence_number));
      return;
    }
    if (frame.length < HEADER_LENGTH) return;
    this.handlers?.onRequest(header, frame);
  }

  private onDrain(): void {
    for (const w of this.drainWaiters.splice(0)) w();
  }

  private sweep(): void {
    const now = Date.now();
    // Sequence numbers are allocated in order with one timeout, so the oldest requests are at the head.
    for (const [seq, p] of this.pending) {
      if (p.deadline > now) break;
      this.pending.delete(seq);
      p.reject(Errors.responseTimeout());
    }
    const idle = this.opts.enquireLinkIntervalMs;
    if (idle > 0 && !this.enquirePending && now - this.lastRx >= idle && !this.closed) {
      this.enquirePending = true;
      this.requestPdu(Cmd.enquire_link).then(
        () => {
          this.enquirePending = false;
        },
        (err: PhiwallError) => {
          this.enquirePending = false;
          if (!this.closed && err.code === 'PHIWALL_RESPONSE_TIMEOUT') this.close('enquire_link timed out');
        },
      );
    }
  }
}
