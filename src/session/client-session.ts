// A downstream session: one clinical system (ESME) bound to phiwall as if phiwall were its SMSC.
// Owns the bind state machine (SMPP 3.4 §2.2), the bind timeout, and the client-side window: when the client
// has `window` requests in flight, or does not read our responses, we stop reading its socket.
import { EventEmitter } from 'node:events';
import { SmppConnection, type Header } from './connection.js';
import { Cmd, commandName, responseOf } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import { buildPdu, genericNack } from '../codec/header.js';
import { decodePdu, type BindFields } from '../codec/pdu.js';
import { tlvCString as cstring } from '../codec/tlv.js';
import { Tag } from '../codec/tags.js';
import type { Logger } from '../observability/logger.js';
import type { ClientConfig } from '../config/schema.js';

export type BindMode = 'transmitter' | 'receiver' | 'transceiver';

export interface PeerInfo {
  address: string;
  port: number;
  listener: string;
  tls: boolean;
  /** Client certificate identities (CN and SANs) when a certificate was presented and verified. */
  certIdentities?: string[];
}

export type AuthResult = { ok: true; client: ClientConfig } | { ok: false; status: number; reason: string };

export interface ClientSessionHost {
  authenticate(bind: BindFields, peer: PeerInfo): Promise<AuthResult>;
  bound(session: ClientSession): void;
  closed(session: ClientSession): void;
  /** A content or message request from a bound client (submit_sm, data_sm, query_sm, ...). Must answer via `respond`. */
  request(session: ClientSession, header: Header, frame: Buffer): void;
}

export interface ClientSessionOptions {
  bindTimeoutMs: number;
  window: number;
  inactivityTimeoutMs: number;
  /** Our system_id in bind responses. */
  smscSystemId: string;
  log: Logger;
}

const BIND_MODES: Record<number, BindMode> = {
  [Cmd.bind_transmitter]: 'transmitter',
  [Cmd.bind_receiver]: 'receiver',
  [Cmd.bind_transceiver]: 'transceiver',
};

// Requests an ESME may send, by bind mode (SMPP 3.4 §2.3 table 2-1).
const TX_COMMANDS = new Set<number>([Cmd.submit_sm, Cmd.submit_multi, Cmd.data_sm, Cmd.query_sm, Cmd.cancel_sm, Cmd.replace_sm]);
const RX_COMMANDS = new Set<number>([]);
const NO_RESPONSE = new Set<number>([Cmd.alert_notification, Cmd.outbind, Cmd.generic_nack]);

let nextSessionId = 1;

export class ClientSession extends EventEmitter {
  readonly id = nextSessionId++;
  readonly connection: SmppConnection;
  readonly peer: PeerInfo;
  mode: BindMode | undefined;
  systemId: string | undefined;
  readonly boundAt: { time?: number } = {};
  private state: 'open' | 'binding' | 'bound' | 'unbinding' | 'closed' = 'open';
  private inFlight = 0;
  private bindTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly log: Logger;

  constructor(
    connection: SmppConnection,
    peer: PeerInfo,
    private readonly host: ClientSessionHost,
    private readonly opts: ClientSessionOptions,
  ) {
    super();
    this.connection = connection;
    this.peer = peer;
    this.log = opts.log.child({ session: this.id, listener: peer.listener, peer: peer.address });
    this.bindTimer = setTimeout(() => {
      if (this.state !== 'bound') {
        this.log.info('no bind within the bind timeout; closing');
        this.connection.close('bind timeout');
      }
    }, opts.bindTimeoutMs);
    this.bindTimer.unref();
    connection.start({
      onRequest: (h, f) => this.onRequest(h, f),
      onClose: (reason) => this.onClose(reason),
    });
  }

  get isBound(): boolean {
    return this.state === 'bound';
  }

  get canReceive(): boolean {
    return this.state === 'bound' && (this.mode === 'receiver' || this.mode === 'transceiver');
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Answers a request this session handed to the host. Exactly once per request. */
  respond(request: Header, command_status: number, body?: Buffer): void {
    this.inFlight--;
    this.connection.respond(request, command_status, body);
    this.updateFlow();
  }

  /** Answers a request with a whole response PDU (its sequence number is set to the request's). */
  respondFrame(request: Header, frame: Buffer): void {
    this.inFlight--;
    frame.writeUInt32BE(request.sequence_number, 12);
    this.connection.send(frame);
    this.updateFlow();
  }

  /** Sends deliver_sm / data_sm to the client and resolves with its response frame. */
  deliver(frame: Buffer): Promise<Buffer> {
    return this.connection.request(frame);
  }

  /** Server-initiated unbind (shutdown, client removed): unbind, wait briefly for unbind_resp, close. */
  async unbind(timeoutMs = 2000): Promise<void> {
    if (this.state !== 'bound') {
      this.connection.close('unbind');
      return;
    }
    this.state = 'unbinding';
    const t = new Promise<void>((r) => setTimeout(r, timeoutMs).unref());
    await Promise.race([this.connection.requestPdu(Cmd.unbind).catch(() => undefined), t]);
    this.connection.close('unbound by phiwall');
  }

  private onRequest(h: Header, frame: Buffer): void {
    this.touch();
    const mode = BIND_MODES[h.command_id];
    if (mode) {
      void this.onBind(h, frame, mode);
      return;
    }
    if (h.command_id === Cmd.unbind) {
      this.connection.respond(h, Status.ESME_ROK);
      this.log.info({ system_id: this.systemId }, 'client unbound');
      this.state = 'unbinding';
      this.connection.end('client unbind');
      return;
    }
    if (this.state !== 'bound') return this.refuse(h, Status.ESME_RINVBNDSTS);
    const allowed = this.mode === 'receiver' ? RX_COMMANDS : TX_COMMANDS;
    if (!allowed.has(h.command_id)) return this.refuse(h, Status.ESME_RINVBNDSTS);
    this.inFlight++;
    this.updateFlow();
    this.host.request(this, h, frame);
  }

  private refuse(h: Header, status: number): void {
    if (NO_RESPONSE.has(h.command_id)) {
      if (h.command_id !== Cmd.generic_nack) this.connection.send(genericNack(status, h.sequence_number));
      return;
    }
    this.connection.respond(h, status);
    this.log.debug({ command: commandName(h.command_id), status }, 'request refused');
  }

  private async onBind(h: Header, frame: Buffer, mode: BindMode): Promise<void> {
    const respId = responseOf(h.command_id);
    const reply = (status: number, body?: Buffer) => this.connection.send(buildPdu(respId, status, h.sequence_number, body));
    if (this.state !== 'open') {
      reply(Status.ESME_RALYBND);
      return;
    }
    const decoded = decodePdu(frame);
    if (!decoded.ok) {
      reply(decoded.command_status);
      return;
    }
    const bind = decoded.pdu.fields as BindFields;
    this.state = 'binding';
    let result: AuthResult;
    try {
      result = await this.host.authenticate(bind, this.peer);
    } catch (err) {
      this.log.error({ err }, 'authentication error');
      result = { ok: false, status: Status.ESME_RBINDFAIL, reason: 'authentication error' };
    }
    if (this.connection.isClosed) return;
    if (!result.ok) {
      this.state = 'open';
      reply(result.status);
      this.log.warn({ system_id: bind.system_id, status: result.status, reason: result.reason }, 'bind refused');
      return;
    }
    this.state = 'bound';
    this.mode = mode;
    this.systemId = result.client.system_id;
    this.boundAt.time = Date.now();
    if (this.bindTimer) clearTimeout(this.bindTimer);
    // SMPP 3.4 §5.3.2.25: tell v3.4 clients our interface version.
    const body =
      bind.interface_version >= 0x34
        ? Buffer.concat([cstring(this.opts.smscSystemId), Buffer.from([Tag.sc_interface_version >> 8, Tag.sc_interface_version & 0xff, 0, 1, 0x34])])
        : cstring(this.opts.smscSystemId);
    reply(Status.ESME_ROK, body);
    this.log.info({ system_id: this.systemId, mode }, 'client bound');
    this.host.bound(this);
    this.touch();
  }

  private onClose(reason: string): void {
    const wasBound = this.state === 'bound' || this.state === 'unbinding';
    this.state = 'closed';
    if (this.bindTimer) clearTimeout(this.bindTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (wasBound) this.log.info({ system_id: this.systemId, reason }, 'client session closed');
    this.host.closed(this);
    this.emit('close', reason);
  }

  private updateFlow(): void {
    if (this.inFlight >= this.opts.window || this.connection.congested) {
      this.connection.pauseReading();
      if (this.connection.congested) void this.connection.drained().then(() => this.updateFlow());
    } else {
      this.connection.resumeReading();
    }
  }

  private touch(): void {
    const ms = this.opts.inactivityTimeoutMs;
    if (!ms) return;
    if (this.idleTimer) this.idleTimer.refresh();
    else {
      this.idleTimer = setTimeout(() => {
        this.log.info('inactivity timeout; unbinding');
        void this.unbind();
      }, ms);
      this.idleTimer.unref();
    }
  }
}
