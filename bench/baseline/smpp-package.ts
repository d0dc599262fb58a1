// The npm `smpp` package (CommonJS, untyped), seen through the narrow interface the baseline uses.
import { createRequire } from 'node:module';
import type net from 'node:net';

export interface SmppPdu {
  command: string;
  command_id: number;
  command_status: number;
  sequence_number: number;
  response(options?: Record<string, unknown>): SmppPdu;
  [field: string]: unknown;
}

type Fields = Record<string, unknown>;
type OnPdu = (pdu: SmppPdu) => void;

export interface SmppSession {
  readonly socket: net.Socket;
  on(event: 'error', fn: (err: Error) => void): this;
  on(event: 'close' | 'connect' | 'secureConnect', fn: () => void): this;
  on(event: string, fn: OnPdu): this;
  send(pdu: SmppPdu, onResponse?: OnPdu): boolean;
  bind_transceiver(fields: Fields, onResponse: OnPdu): boolean;
  submit_sm(fields: Fields, onResponse: OnPdu): boolean;
  data_sm(fields: Fields, onResponse: OnPdu): boolean;
  deliver_sm(fields: Fields, onResponse?: OnPdu): boolean;
  unbind(onResponse?: OnPdu): boolean;
  close(cb?: () => void): void;
  destroy(cb?: () => void): void;
}

export interface SmppServer {
  readonly sessions: SmppSession[];
  listen(port: number, host: string, cb: () => void): void;
  address(): net.AddressInfo | string | null;
  close(cb?: (err?: Error) => void): void;
  on(event: 'error', fn: (err: Error) => void): this;
}

export interface SmppConnectOptions {
  host: string;
  port: number;
  tls?: boolean;
  ca?: string | Buffer;
  servername?: string;
}

export interface SmppModule {
  createServer(options: { key?: string | Buffer; cert?: string | Buffer }, onSession: (s: SmppSession) => void): SmppServer;
  connect(options: SmppConnectOptions, onConnect?: () => void): SmppSession;
}

export const smpp = createRequire(import.meta.url)('smpp') as SmppModule;
