// A client ESME on the npm `smpp` package, with promises.
import { smpp, type SmppPdu, type SmppSession } from './smpp-lib.js';
import { waitFor } from './net.js';

export interface Esme {
  session: SmppSession;
  bindStatus: number;
  deliveries: SmppPdu[];
  submit(fields: Record<string, unknown>): Promise<SmppPdu>;
  call(command: string, fields: Record<string, unknown>): Promise<SmppPdu>;
  waitDeliveries(n: number, timeoutMs?: number): Promise<SmppPdu[]>;
  close(): Promise<void>;
}

export interface EsmeOptions {
  port: number;
  system_id: string;
  password: string;
  mode?: 'transceiver' | 'transmitter' | 'receiver';
  tls?: { ca: string | Buffer; cert?: string | Buffer; key?: string | Buffer; servername?: string };
  /** How the ESME answers deliver_sm (default ESME_ROK). */
  deliverStatus?: number;
}

export function connectEsme(opts: EsmeOptions): Promise<Esme> {
  return new Promise((resolve, reject) => {
    const session = smpp.connect({
      host: '127.0.0.1',
      port: opts.port,
      ...(opts.tls ? { tls: true, ca: opts.tls.ca, cert: opts.tls.cert, key: opts.tls.key, servername: opts.tls.servername ?? 'localhost' } : {}),
    });
    const deliveries: SmppPdu[] = [];
    session.on('error', (e: Error) => reject(e));
    session.on('deliver_sm', (pdu: SmppPdu) => {
      deliveries.push(pdu);
      session.send(pdu.response({ command_status: opts.deliverStatus ?? 0 }));
    });
    session.on('data_sm', (pdu: SmppPdu) => {
      deliveries.push(pdu);
      session.send(pdu.response({ command_status: opts.deliverStatus ?? 0 }));
    });
    session.on('enquire_link', (pdu: SmppPdu) => session.send(pdu.response()));
    session.on('unbind', (pdu: SmppPdu) => session.send(pdu.response()));
    session.on(opts.tls ? 'secureConnect' : 'connect', () => {
      const mode = opts.mode ?? 'transceiver';
      session[`bind_${mode}`]({ system_id: opts.system_id, password: opts.password }, (pdu: SmppPdu) => {
        const call = (command: string, fields: Record<string, unknown>) =>
          new Promise<SmppPdu>((res) => session[command](fields, (p: SmppPdu) => res(p)));
        resolve({
          session,
          bindStatus: pdu.command_status,
          deliveries,
          submit: (fields) => call('submit_sm', fields),
          call,
          waitDeliveries: (n, timeoutMs = 3000) => waitFor(() => (deliveries.length >= n ? deliveries : undefined), timeoutMs),
          close: () =>
            new Promise<void>((res) => {
              if (session.socket.destroyed) return res();
              session.socket.once('close', () => res());
              try {
                session.unbind?.({}, () => session.close());
              } catch {
                session.destroy();
              }
              setTimeout(() => session.destroy(), 300).unref();
            }),
        });
      });
    });
  });
}
