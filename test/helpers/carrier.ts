// A carrier SMSC on the npm `smpp` package: accepts binds, answers submits with decimal ids, and lets a
// test send delivery receipts and replies, fail destinations, slow down, or go away and come back.
import { smpp, type SmppPdu, type SmppServer, type SmppSession } from './smpp-lib.js';
import { waitFor } from './net.js';

export interface CarrierOptions {
  port?: number;
  tls?: { key: string | Buffer; cert: string | Buffer };
  system_id?: string;
  password?: string;
  /** Destinations matching this get ESME_RINVDSTADR. */
  failDestination?: RegExp;
  /** Answer submits after this many ms. */
  delayMs?: number;
  /** Never answer submits. */
  silent?: boolean;
  /** Message id format. */
  idFormat?: (n: number) => string;
}

export interface Carrier {
  port: number;
  submits: SmppPdu[];
  sessions: SmppSession[];
  binds: number;
  /** carrier message id → submit */
  byId: Map<string, SmppPdu>;
  waitSubmits(n: number, timeoutMs?: number): Promise<SmppPdu[]>;
  /** Sends on a session bound with system_id `via` (several gateways can bind as different ids), else any. */
  deliver(fields: Record<string, unknown>, via?: string): Promise<SmppPdu>;
  receiptFor(id: string, opts?: { stat?: string; text?: string; tlv?: boolean; textId?: string; via?: string }): Promise<SmppPdu>;
  close(): Promise<void>;
  restart(): Promise<void>;
  options: CarrierOptions;
}

export async function startCarrier(options: CarrierOptions = {}): Promise<Carrier> {
  let nextId = 1000;
  const submits: SmppPdu[] = [];
  const byId = new Map<string, SmppPdu>();
  let server: SmppServer;
  const c: Carrier = {
    port: options.port ?? 0,
    submits,
    sessions: [],
    binds: 0,
    byId,
    options,
    waitSubmits: (n, timeoutMs = 3000) => waitFor(() => (submits.length >= n ? submits : undefined), timeoutMs),
    deliver: (fields, via) => {
      const s = c.sessions.find((x) => !x.socket.destroyed && (via === undefined || x.boundAs === via));
      if (!s) return Promise.reject(new Error('no carrier session'));
      return new Promise((res) => s.deliver_sm(fields, (p: SmppPdu) => res(p)));
    },
    receiptFor: (id, o = {}) => {
      const sub = byId.get(id);
      const text = `id:${o.textId ?? id} sub:001 dlvrd:001 submit date:2611271200 done date:2611271201 stat:${o.stat ?? 'DELIVRD'} err:000 text:${o.text ?? ''}`;
      return c.deliver({
        source_addr: sub?.destination_addr ?? '15550001111',
        destination_addr: sub?.source_addr ?? '12345',
        esm_class: 4,
        short_message: text,
        ...(o.tlv === false ? {} : { receipted_message_id: id, message_state: 2 }),
      }, o.via);
    },
    close: () =>
      new Promise<void>((res) => {
        for (const s of c.sessions) s.socket.destroy();
        c.sessions.length = 0;
        server.close(() => res());
      }),
    restart: async () => {
      await listen();
    },
  };
  const onSession = (s: SmppSession) => {
    s.on('error', () => undefined);
    const bind = (pdu: SmppPdu) => {
      const ok = (!options.system_id || pdu.system_id === options.system_id) && (!options.password || pdu.password === options.password);
      s.send(pdu.response({ command_status: ok ? 0 : 0x0e }));
      if (ok) {
        s.boundAs = pdu.system_id;
        c.binds++;
        c.sessions.push(s);
      }
    };
    s.on('bind_transceiver', bind);
    s.on('bind_transmitter', bind);
    s.on('bind_receiver', bind);
    s.on('enquire_link', (p: SmppPdu) => s.send(p.response()));
    s.on('unbind', (p: SmppPdu) => {
      s.send(p.response());
      s.socket.end();
    });
    const answer = (p: SmppPdu) => {
      submits.push(p);
      if (options.silent) return;
      const reply = () => {
        if (options.failDestination?.test(p.destination_addr ?? '')) {
          s.send(p.response({ command_status: 0x0b }));
          return;
        }
        const id = options.idFormat ? options.idFormat(++nextId) : String(++nextId);
        byId.set(id, p);
        s.send(p.response({ message_id: id }));
      };
      if (options.delayMs) setTimeout(reply, options.delayMs);
      else reply();
    };
    s.on('submit_sm', answer);
    s.on('data_sm', answer);
    s.on('submit_multi', answer);
    s.on('query_sm', (p: SmppPdu) => {
      submits.push(p);
      s.send(p.response({ message_id: p.message_id, final_date: '', message_state: 2, error_code: 0 }));
    });
    s.on('cancel_sm', (p: SmppPdu) => {
      submits.push(p);
      s.send(p.response());
    });
    s.on('replace_sm', (p: SmppPdu) => {
      submits.push(p);
      s.send(p.response());
    });
    s.on('close', () => {
      const i = c.sessions.indexOf(s);
      if (i >= 0) c.sessions.splice(i, 1);
    });
  };
  const listen = () =>
    new Promise<void>((res) => {
      server = smpp.createServer(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}, onSession);
      server.listen(c.port, '127.0.0.1', () => {
        c.port = server.address().port;
        res();
      });
    });
  await listen();
  return c;
}
