import { timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import net, { type AddressInfo, type Socket } from 'node:net';
import tls from 'node:tls';
import type { Logger } from 'pino';
import { Status } from '../codec/status.js';
import { handleMessage, type MessageDesk, type OwedReceipt } from './messages.js';
import { encodeText } from './message-text.js';
import { encodePdu, type SimPdu } from './pdu.js';
import { receiptText } from './receipt.js';
import { SimSession, type SessionHost } from './sim-session.js';
import {
  MessageState,
  type CarrierSimulator,
  type CarrierSimulatorOptions,
  type MoOptions,
  type ReceivedMessage,
} from './types.js';

export type { CarrierSimulator, CarrierSimulatorOptions, MoOptions, ReceivedMessage, ReceiptStatus } from './types.js';

/** The simulated network's numbers for `moAfterBind` (fictional: 555-01xx). */
export const SIM_MO_FROM = '15555550100';
export const SIM_MO_TO = '12345';

// Receipts for a system_id with no receiving session wait here, as an SMSC would store them.
const MAX_PENDING_RECEIPTS = 1000;
// SMPP 3.4 §5.2.21: short_message holds at most 254 octets; longer MO text goes in message_payload.
const MAX_SHORT_MESSAGE = 254;

/**
 * A small SMSC for tests and the demo: binds (all three kinds), enquire_link, unbind, submit_sm / data_sm /
 * submit_multi with message ids, delivery receipts, and MO messages. Logs counts and ids, never content.
 */
export async function startCarrierSimulator(opts: CarrierSimulatorOptions): Promise<CarrierSimulator> {
  const carrier = new Carrier(opts);
  return carrier.listen();
}

class Carrier implements SessionHost, MessageDesk {
  readonly log: Logger;
  readonly failDestinations: RegExp | undefined;
  readonly failStatus: number;
  readonly received: ReceivedMessage[] = [];
  private readonly sessions = new Set<SimSession>();
  // Every TCP connection, sessions and TLS handshakes still under way alike, so close() can end them all.
  private readonly connections = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pending = new Map<string, OwedReceipt[]>();
  private readonly server: net.Server;
  private nextSessionId = 1;
  private idCounter = 0;
  private moCursor = 0;

  constructor(private readonly opts: CarrierSimulatorOptions) {
    this.log = opts.log;
    this.failDestinations = opts.failDestinations;
    this.failStatus = opts.failStatus ?? Status.ESME_RSUBMITFAIL;
    const onSocket = (socket: Socket) => this.sessions.add(new SimSession(this.nextSessionId++, socket, this));
    this.server = opts.tls ? tls.createServer({ cert: opts.tls.cert, key: opts.tls.key }, onSocket) : net.createServer(onSocket);
    this.server.on('connection', (socket: Socket) => {
      this.connections.add(socket);
      socket.on('close', () => this.connections.delete(socket));
    });
    this.server.on('tlsClientError', (err: NodeJS.ErrnoException) => this.log.debug({ code: err.code }, 'sim: TLS handshake failed'));
  }

  async listen(): Promise<CarrierSimulator> {
    this.server.listen(this.opts.port ?? 0, this.opts.host ?? '127.0.0.1');
    await Promise.race([once(this.server, 'listening'), once(this.server, 'error').then(([err]) => Promise.reject(err))]);
    const port = (this.server.address() as AddressInfo).port;
    this.log.info({ host: this.opts.host ?? '127.0.0.1', port, tls: Boolean(this.opts.tls) }, 'carrier simulator listening');
    const carrier = this;
    return {
      port,
      received: this.received,
      get sessions() {
        return carrier.sessions.size;
      },
      sendMo: (mo) => this.sendMo(mo),
      close: () => this.close(),
    };
  }

  bindStatus(systemId: string, password: string): number {
    if (this.opts.systemId !== undefined && systemId !== this.opts.systemId) return Status.ESME_RINVSYSID;
    if (this.opts.password !== undefined && !sameSecret(password, this.opts.password)) return Status.ESME_RINVPASWD;
    return Status.ESME_ROK;
  }

  bound(session: SimSession): void {
    if (!session.canReceive) return;
    const waiting = this.pending.get(session.systemId);
    if (waiting) {
      this.pending.delete(session.systemId);
      this.log.info({ session: session.id, count: waiting.length }, 'sim: delivering stored receipts');
      for (const r of waiting) this.deliverReceipt(session, r);
    }
    if (this.opts.moAfterBind !== undefined) {
      this.sendMo({ from: SIM_MO_FROM, to: SIM_MO_TO, text: this.opts.moAfterBind, systemId: session.systemId });
    }
  }

  message(session: SimSession, pdu: SimPdu, raw: Buffer): Buffer {
    return handleMessage(this, session, pdu, raw);
  }

  closed(session: SimSession): void {
    this.sessions.delete(session);
  }

  nextMessageId(): string {
    this.idCounter += 1;
    return this.opts.idFormat === 'hex' ? this.idCounter.toString(16).padStart(16, '0') : String(this.idCounter);
  }

  record(message: ReceivedMessage): void {
    const max = this.opts.maxReceived ?? 1000;
    if (max <= 0) return;
    this.received.push(message);
    if (this.received.length > max) this.received.splice(0, this.received.length - max);
    this.log.debug({ session: message.sessionId, command: message.command, messageId: message.message_id, status: message.command_status }, 'sim: message');
  }

  owe(session: SimSession, receipts: OwedReceipt[]): void {
    const status = this.opts.receiptStatus ?? 'DELIVRD';
    const due = receipts.filter((r) => !r.failureOnly || status !== 'DELIVRD');
    if (due.length === 0) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const r of due) this.routeReceipt(session, r);
    }, this.opts.receiptDelayMs ?? 0);
    this.timers.add(timer);
  }

  /** The submitting session if it can receive, else another receiver of the same system_id, else storage. */
  private routeReceipt(origin: SimSession, receipt: OwedReceipt): void {
    const target = origin.isOpen && origin.canReceive ? origin : this.receiverFor(receipt.systemId);
    if (target) {
      this.deliverReceipt(target, receipt);
      return;
    }
    const queue = this.pending.get(receipt.systemId) ?? [];
    queue.push(receipt);
    if (queue.length > MAX_PENDING_RECEIPTS) queue.shift();
    this.pending.set(receipt.systemId, queue);
  }

  private deliverReceipt(session: SimSession, r: OwedReceipt): void {
    const status = this.opts.receiptStatus ?? 'DELIVRD';
    const text = receiptText({ messageId: r.messageId, submitted: r.submitted, done: new Date(), status, text: r.text });
    const bytes = encodePdu('deliver_sm', {
      sequence_number: session.nextSequence(),
      source_addr_ton: r.from.ton,
      source_addr_npi: r.from.npi,
      source_addr: r.from.addr,
      dest_addr_ton: r.to.ton,
      dest_addr_npi: r.to.npi,
      destination_addr: r.to.addr,
      esm_class: 0x04, // SMPP 3.4 §5.2.12: MC delivery receipt
      data_coding: 0,
      short_message: Buffer.from(text, 'ascii'),
      receipted_message_id: r.messageId,
      message_state: MessageState[status],
    });
    if (!bytes) {
      this.log.error({ session: session.id, messageId: r.messageId }, 'sim: receipt could not be encoded');
      return;
    }
    session.send(bytes);
    this.log.debug({ session: session.id, messageId: r.messageId, status }, 'sim: receipt sent');
  }

  private receiverFor(systemId: string | undefined): SimSession | undefined {
    const candidates = [...this.sessions].filter((s) => s.isOpen && s.canReceive && (systemId === undefined || s.systemId === systemId));
    if (candidates.length === 0) return undefined;
    this.moCursor = (this.moCursor + 1) % candidates.length;
    return candidates[this.moCursor];
  }

  sendMo(mo: MoOptions): boolean {
    const session = this.receiverFor(mo.systemId);
    if (!session) {
      this.log.info({ systemId: mo.systemId }, 'sim: no receiving session for MO');
      return false;
    }
    const encoded = mo.data ? { data_coding: mo.dataCoding ?? 0x04, bytes: mo.data } : encodeText(mo.text ?? '');
    const long = encoded.bytes.length > MAX_SHORT_MESSAGE;
    const bytes = encodePdu('deliver_sm', {
      sequence_number: session.nextSequence(),
      source_addr_ton: 1,
      source_addr_npi: 1,
      source_addr: mo.from,
      dest_addr_ton: 0,
      dest_addr_npi: 1,
      destination_addr: mo.to,
      esm_class: mo.esmClass ?? 0,
      data_coding: mo.dataCoding ?? encoded.data_coding,
      short_message: long ? Buffer.alloc(0) : encoded.bytes,
      ...(long ? { message_payload: encoded.bytes } : {}),
    });
    if (!bytes) {
      this.log.error({ session: session.id }, 'sim: MO could not be encoded');
      return false;
    }
    this.log.info({ session: session.id }, 'sim: MO sent');
    return session.send(bytes);
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sessions) s.destroy();
    for (const c of this.connections) c.destroy();
    await closing;
    this.log.info({}, 'carrier simulator closed');
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
