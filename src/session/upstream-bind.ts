// One bind to a carrier SMSC, kept up for as long as phiwall runs: connect (plain or TLS), bind, keep alive
// with enquire_link, and on any failure reconnect with backoff and jitter. Requests go through a window
// (max in flight) with a bounded wait queue; when the bind is down, requests fail at once so clients get a
// prompt ESME_RTHROTTLED instead of silence.
import net from 'node:net';
import tls from 'node:tls';
import { SmppConnection, type Header } from './connection.js';
import { encodePdu } from '../codec/pdu.js';
import { backoffDelay } from './backoff.js';
import { Cmd } from '../codec/commands.js';
import { statusName } from '../codec/status.js';
import { Errors, type PhiwallError } from '../errors.js';
import type { UpstreamConfig } from '../config/schema.js';
import type { Logger } from '../observability/logger.js';

export type UpstreamState = 'connecting' | 'binding' | 'bound' | 'backoff' | 'stopped';

export interface UpstreamBindHost {
  /** deliver_sm / data_sm / alert_notification from the carrier. Answer with `bind.respond`. */
  onRequest(bind: UpstreamBind, header: Header, frame: Buffer): void;
  onStateChange?(bind: UpstreamBind, state: UpstreamState): void;
}

export interface UpstreamTls {
  /** Returns the TLS options for a new connection (read per connect so certificate reloads apply). */
  options(): tls.ConnectionOptions;
}

interface Queued {
  frame: Buffer;
  resolve(frame: Buffer): void;
  reject(err: PhiwallError): void;
}

const BIND_COMMAND = { transmitter: Cmd.bind_transmitter, receiver: Cmd.bind_receiver, transceiver: Cmd.bind_transceiver } as const;

export class UpstreamBind {
  readonly name: string;
  private cfg: UpstreamConfig;
  private conn: SmppConnection | undefined;
  private stateValue: UpstreamState = 'backoff';
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly queue: Queued[] = [];
  private inFlightCount = 0;
  private stopping = false;
  private readonly log: Logger;

  constructor(
    cfg: UpstreamConfig,
    readonly index: number,
    private readonly tlsProvider: UpstreamTls | undefined,
    private readonly host: UpstreamBindHost,
    log: Logger,
    private readonly maxPdu: number,
  ) {
    this.cfg = cfg;
    this.name = `${cfg.name}#${index}`;
    this.log = log.child({ upstream: cfg.name, bind: index });
  }

  get state(): UpstreamState {
    return this.stateValue;
  }

  get upstream(): string {
    return this.cfg.name;
  }

  get inFlight(): number {
    return this.inFlightCount;
  }

  get queued(): number {
    return this.queue.length;
  }

  get isBound(): boolean {
    return this.stateValue === 'bound';
  }

  get canTransmit(): boolean {
    return this.isBound && this.cfg.bind !== 'receiver';
  }

  /** Requests this bind can still take without refusing (window + queue). */
  get capacity(): number {
    return this.cfg.window + this.cfg.queue - this.inFlightCount - this.queue.length;
  }

  /** Applies a reloaded config: window, timeouts, credentials take effect on the next (re)bind. */
  update(cfg: UpstreamConfig): void {
    this.cfg = cfg;
  }

  start(): void {
    this.stopping = false;
    this.connect();
  }

  /** Sends a request (its sequence number is replaced) and resolves with the carrier's response frame. */
  request(frame: Buffer): Promise<Buffer> {
    if (!this.isBound || !this.conn) return Promise.reject(Errors.upstreamDown());
    if (this.inFlightCount < this.cfg.window && this.queue.length === 0) return this.send(frame);
    if (this.queue.length >= this.cfg.queue) return Promise.reject(Errors.windowFull());
    return new Promise((resolve, reject) => this.queue.push({ frame, resolve, reject }));
  }

  respond(request: Header, command_status: number, body?: Buffer): void {
    this.conn?.respond(request, command_status, body);
  }

  /** Unbind cleanly, waiting (bounded) for requests in flight. */
  async stop(timeoutMs = 5000): Promise<void> {
    this.stopping = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const conn = this.conn;
    this.failQueue(Errors.upstreamDown('shutting down'));
    if (conn && !conn.isClosed) {
      const deadline = Date.now() + timeoutMs;
      while (this.inFlightCount > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (this.stateValue === 'bound') {
        await Promise.race([conn.requestPdu(Cmd.unbind).catch(() => undefined), new Promise((r) => setTimeout(r, 1000).unref())]);
      }
      conn.close('stopped');
    }
    this.setState('stopped');
  }

  private send(frame: Buffer): Promise<Buffer> {
    const conn = this.conn!;
    this.inFlightCount++;
    const done = () => {
      this.inFlightCount--;
      this.pump();
    };
    const p = conn.request(frame);
    p.then(done, done);
    return p.catch((err: PhiwallError) => {
      throw err.code === 'PHIWALL_SESSION_CLOSED' ? Errors.upstreamClosed() : err.code === 'PHIWALL_RESPONSE_TIMEOUT' ? Errors.upstreamTimeout() : err;
    });
  }

  private pump(): void {
    while (this.queue.length && this.inFlightCount < this.cfg.window && this.isBound) {
      const q = this.queue.shift()!;
      this.send(q.frame).then(q.resolve, q.reject);
    }
  }

  private failQueue(err: PhiwallError): void {
    for (const q of this.queue.splice(0)) q.reject(err);
  }

  private setState(s: UpstreamState): void {
    if (this.stateValue === s) return;
    this.stateValue = s;
    this.host.onStateChange?.(this, s);
  }

  private connect(): void {
    if (this.stopping) return;
    this.setState('connecting');
    const { host, port } = this.cfg;
    const socket: net.Socket = this.cfg.tls
      ? tls.connect({ host, port, ...(this.tlsProvider?.options() ?? {}) })
      : net.connect({ host, port });
    const connectTimer = setTimeout(() => socket.destroy(new Error('connect timeout')), this.cfg.connect_timeout);
    const ready = this.cfg.tls ? 'secureConnect' : 'connect';
    const conn = new SmppConnection(socket, {
      maxPdu: this.maxPdu,
      responseTimeoutMs: this.cfg.response_timeout,
      enquireLinkIntervalMs: this.cfg.enquire_link_interval,
      log: this.log,
    });
    this.conn = conn;
    conn.start({
      onRequest: (h, f) => this.onRequest(h, f),
      onClose: (reason) => {
        clearTimeout(connectTimer);
        this.onConnectionClosed(conn, reason);
      },
    });
    socket.once(ready, () => {
      clearTimeout(connectTimer);
      void this.bind(conn);
    });
  }

  private async bind(conn: SmppConnection): Promise<void> {
    this.setState('binding');
    const c = this.cfg;
    try {
      const resp = await conn.request(
        encodePdu({
          command_id: BIND_COMMAND[c.bind],
          command_status: 0,
          sequence_number: 0,
          fields: {
            system_id: c.system_id,
            password: c.password,
            system_type: c.system_type,
            interface_version: c.interface_version,
            addr_ton: c.addr_ton,
            addr_npi: c.addr_npi,
            address_range: c.address_range,
          },
          tlvs: [],
        }),
      );
      const status = resp.readUInt32BE(8);
      if (status !== 0) {
        this.log.warn({ status: statusName(status) }, 'carrier refused the bind');
        conn.close('bind refused');
        return;
      }
      if (conn.isClosed) return;
      this.attempt = 0;
      this.setState('bound');
      this.log.info({ mode: c.bind }, 'upstream bound');
      this.pump();
    } catch (err) {
      this.log.warn({ err }, 'bind failed');
      conn.close('bind failed');
    }
  }

  private onRequest(h: Header, frame: Buffer): void {
    if (h.command_id === Cmd.unbind) {
      this.respond(h, 0);
      this.log.info('carrier unbound us');
      this.conn?.end('carrier unbind');
      return;
    }
    this.host.onRequest(this, h, frame);
  }

  private onConnectionClosed(conn: SmppConnection, reason: string): void {
    if (conn !== this.conn) return;
    const wasBound = this.stateValue === 'bound';
    this.conn = undefined;
    this.failQueue(Errors.upstreamDown());
    if (this.stopping) {
      this.setState('stopped');
      return;
    }
    const delay = backoffDelay(this.attempt++, this.cfg.reconnect_min, this.cfg.reconnect_max);
    if (wasBound) this.log.warn({ reason }, 'upstream connection lost');
    this.log.info({ reason, retry_ms: delay }, 'upstream down; reconnecting');
    this.setState('backoff');
    this.retryTimer = setTimeout(() => this.connect(), delay);
    this.retryTimer.unref();
  }
}
