// A listener: where clinical systems connect, plain TCP or TLS. Listener filters run before any SMPP byte
// is read: the IP allow-list and the connection caps (overall, per listener, per source address).
import net from 'node:net';
import tls from 'node:tls';
import { AddressList, unmapIPv4 } from './address-list.js';
import { certificateIdentities, listenerTlsOptions } from './tls-context.js';
import type { ListenerConfig } from '../config/schema.js';
import type { Logger } from '../observability/logger.js';
import type { PeerInfo } from '../session/client-session.js';

export interface ListenerHost {
  /** A new connection passed the filters (for TLS: the handshake is done). */
  accept(socket: net.Socket, peer: PeerInfo, cfg: ListenerConfig): void;
  /** Whether the gateway-wide connection cap leaves room. */
  hasRoom(): boolean;
}

export class Listener {
  private cfg: ListenerConfig;
  private allow: AddressList;
  private readonly server: net.Server;
  private readonly perIp = new Map<string, number>();
  private open = 0;
  private readonly log: Logger;
  readonly sockets = new Set<net.Socket>();

  constructor(cfg: ListenerConfig, private readonly host: ListenerHost, log: Logger) {
    this.cfg = cfg;
    this.allow = new AddressList(cfg.allow);
    this.log = log.child({ listener: cfg.name });
    if (cfg.tls) {
      const server = tls.createServer({ ...listenerTlsOptions(cfg.tls), handshakeTimeout: cfg.bind_timeout });
      server.on('secureConnection', (s: tls.TLSSocket) => this.onSecure(s));
      server.on('tlsClientError', (err) => this.log.debug({ err }, 'TLS handshake failed'));
      this.server = server;
    } else {
      this.server = net.createServer();
    }
    // For TLS servers this fires for the raw TCP socket, so filters run before the handshake.
    const plain = !cfg.tls;
    this.server.on('connection', (s: net.Socket) => {
      if (this.filter(s) && plain) this.hand(s, { tls: false });
    });
    this.server.on('error', (err) => this.log.error({ err }, 'listener error'));
  }

  get name(): string {
    return this.cfg.name;
  }

  get connections(): number {
    return this.open;
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.cfg.port, this.cfg.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const port = (this.server.address() as net.AddressInfo).port;
    this.log.info({ host: this.cfg.host, port, tls: Boolean(this.cfg.tls) }, 'listening');
    return port;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo | null)?.port ?? 0;
  }

  /** Stop accepting. Existing connections are left to their sessions (server.close's callback would wait for them). */
  close(): void {
    if (this.server.listening) this.server.close();
  }

  /** Reload: filters and caps apply to new connections; TLS material to new handshakes. */
  update(cfg: ListenerConfig): void {
    this.cfg = cfg;
    this.allow = new AddressList(cfg.allow);
    if (cfg.tls && this.server instanceof tls.Server) this.server.setSecureContext(listenerTlsOptions(cfg.tls));
  }

  private filter(socket: net.Socket): boolean {
    const ip = unmapIPv4(socket.remoteAddress ?? '');
    const reason = !this.allow.allows(ip)
      ? 'address not allowed'
      : this.open >= this.cfg.max_connections
        ? 'listener connection cap'
        : (this.perIp.get(ip) ?? 0) >= this.cfg.max_connections_per_ip
          ? 'per-address connection cap'
          : !this.host.hasRoom()
            ? 'gateway connection cap'
            : undefined;
    if (reason) {
      this.log.warn({ peer: ip, reason }, 'connection refused');
      socket.destroy();
      return false;
    }
    this.open++;
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    this.sockets.add(socket);
    socket.once('close', () => {
      this.open--;
      this.sockets.delete(socket);
      const n = (this.perIp.get(ip) ?? 1) - 1;
      if (n <= 0) this.perIp.delete(ip);
      else this.perIp.set(ip, n);
    });
    return true;
  }

  private onSecure(s: tls.TLSSocket): void {
    const identities = s.authorized ? certificateIdentities(s.getPeerCertificate()) : undefined;
    this.hand(s, { tls: true, ...(identities ? { certIdentities: identities } : {}) });
  }

  private hand(socket: net.Socket, extra: { tls: boolean; certIdentities?: string[] }): void {
    if (socket.destroyed) return;
    const peer: PeerInfo = {
      address: unmapIPv4(socket.remoteAddress ?? ''),
      port: socket.remotePort ?? 0,
      listener: this.cfg.name,
      ...extra,
    };
    this.host.accept(socket, peer, this.cfg);
  }
}
