// The npm `smpp` package, typed narrowly for tests: it is the ESME and the carrier nobody here wrote.
import { createRequire } from 'node:module';

export interface SmppPdu {
  command: string;
  command_id: number;
  command_status: number;
  sequence_number: number;
  [field: string]: any;
  response(fields?: Record<string, unknown>): SmppPdu;
}

export interface SmppSession {
  socket: import('node:net').Socket;
  on(event: string, cb: (...args: any[]) => void): SmppSession;
  once(event: string, cb: (...args: any[]) => void): SmppSession;
  send(pdu: SmppPdu, cb?: (pdu: SmppPdu) => void): boolean;
  close(cb?: () => void): void;
  destroy(): void;
  [command: string]: any;
}

export interface SmppServer {
  listen(port: number, host: string, cb: () => void): void;
  close(cb?: () => void): void;
  address(): import('node:net').AddressInfo;
  sessions: SmppSession[];
  on(event: string, cb: (...args: any[]) => void): void;
}

export interface SmppLib {
  connect(opts: Record<string, unknown>, listener?: () => void): SmppSession;
  createServer(opts: Record<string, unknown> | ((s: SmppSession) => void), listener?: (s: SmppSession) => void): SmppServer;
  PDU: new (command: string, fields?: Record<string, unknown>) => SmppPdu;
}

export const smpp = createRequire(import.meta.url)('smpp') as SmppLib;
