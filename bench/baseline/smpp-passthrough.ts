// The "naive pass-through" baseline: a proxy built on the npm `smpp` package with no inspection at all.
// Client binds are accepted (any credentials), each submit_sm / data_sm is decoded by the package, re-sent
// upstream with the same fields on one of N carrier binds (round robin), and the carrier's answer goes back
// to the client. Carrier deliver_sm (receipts) are acknowledged and passed to a bound client.
//
// Run: node dist/bench/baseline/smpp-passthrough.js --upstream-port N [--port N] [--binds 4]
//      [--tls-cert FILE --tls-key FILE] [--upstream-ca FILE] [--nodelay]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hasParent, serveParent, tellParent } from '../run/child-ipc.js';
import { smpp, type SmppPdu, type SmppSession } from './smpp-package.js';

export interface PassthroughOptions {
  /** TCP_NODELAY on every socket. Off by default, as in the package: with Nagle the baseline relays ~10% more. */
  noDelay?: boolean;
  host?: string;
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  upstream: {
    host: string;
    port: number;
    tls?: { ca: string | Buffer; servername?: string };
    systemId: string;
    password: string;
    /** Parallel carrier binds (phiwall's bench config uses 4). */
    binds?: number;
  };
}

export interface PassthroughStats {
  relayed: number;
  answered: number;
  refused: number;
  delivered: number;
}

export interface Passthrough {
  readonly port: number;
  readonly stats: PassthroughStats;
  close(): Promise<void>;
}

const ESME_RSYSERR = 0x08;
const HEADER_FIELDS = new Set(['command', 'command_length', 'command_id', 'command_status', 'sequence_number']);

export async function startPassthrough(o: PassthroughOptions): Promise<Passthrough> {
  const stats: PassthroughStats = { relayed: 0, answered: 0, refused: 0, delivered: 0 };
  const receivers = new Set<SmppSession>();
  const upstreams = await Promise.all(Array.from({ length: o.upstream.binds ?? 4 }, () => bindUpstream(o.upstream, o.noDelay ?? false)));
  let rr = 0;
  let rrClient = 0;

  for (const up of upstreams) {
    up.on('deliver_sm', (pdu) => {
      up.send(pdu.response());
      const clients = [...receivers];
      const client = clients[rrClient++ % Math.max(1, clients.length)];
      if (client) {
        stats.delivered++;
        client.deliver_sm(fieldsOf(pdu));
      }
    });
    up.on('enquire_link', (pdu) => up.send(pdu.response()));
  }

  const relay = (command: 'submit_sm' | 'data_sm', pdu: SmppPdu, client: SmppSession) => {
    const up = upstreams[rr++ % upstreams.length]!;
    stats.relayed++;
    const sent = up[command](fieldsOf(pdu), (resp) => {
      stats.answered++;
      client.send(pdu.response({ command_status: resp.command_status, message_id: resp.message_id }));
    });
    if (!sent) {
      stats.refused++;
      client.send(pdu.response({ command_status: ESME_RSYSERR }));
    }
  };

  const server = smpp.createServer(o.tls ? { key: o.tls.key, cert: o.tls.cert } : {}, (session) => {
    // The package leaves Nagle on. That coalesces small PDUs (more throughput, measured ~10%) at some latency
    // cost; --nodelay turns it off on every socket of the baseline.
    session.socket.setNoDelay(o.noDelay ?? false);
    session.on('error', () => {});
    const accept = (receives: boolean) => (pdu: SmppPdu) => {
      session.send(pdu.response({ system_id: 'naive' }));
      if (receives) receivers.add(session);
    };
    session.on('bind_transceiver', accept(true));
    session.on('bind_receiver', accept(true));
    session.on('bind_transmitter', accept(false));
    session.on('submit_sm', (pdu) => relay('submit_sm', pdu, session));
    session.on('data_sm', (pdu) => relay('data_sm', pdu, session));
    session.on('enquire_link', (pdu) => session.send(pdu.response()));
    session.on('unbind', (pdu) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('close', () => receivers.delete(session));
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, o.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of [...server.sessions]) s.destroy();
        for (const up of upstreams) up.destroy();
        server.close(() => resolve());
      }),
  };
}

function bindUpstream(u: PassthroughOptions['upstream'], noDelay: boolean): Promise<SmppSession> {
  return new Promise((resolve, reject) => {
    const session = smpp.connect(
      { host: u.host, port: u.port, ...(u.tls ? { tls: true, ca: u.tls.ca, servername: u.tls.servername ?? 'localhost' } : {}) },
      () => {
        session.socket.setNoDelay(noDelay);
        session.bind_transceiver({ system_id: u.systemId, password: u.password }, (resp) => {
          if (resp.command_status === 0) resolve(session);
          else reject(new Error(`carrier refused the bind (command_status ${resp.command_status})`));
        });
      },
    );
    session.on('error', reject);
  });
}

/** The decoded body fields of a PDU, ready to be re-sent. */
function fieldsOf(pdu: SmppPdu): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(pdu)) if (!HEADER_FIELDS.has(key)) out[key] = pdu[key];
  // The package decodes a UDH into a list of information elements but encodes from the raw header
  // (length octet included): give it back the raw form or it cannot re-send a concatenated part.
  const sm = out.short_message as { udh?: Buffer[]; message?: unknown } | undefined;
  if (sm && Array.isArray(sm.udh)) {
    const body = Buffer.concat(sm.udh);
    out.short_message = { udh: Buffer.concat([Buffer.from([body.length]), body]), message: sm.message };
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      'upstream-host': { type: 'string', default: '127.0.0.1' },
      'upstream-port': { type: 'string' },
      'upstream-ca': { type: 'string' },
      'system-id': { type: 'string', default: 'gateway' },
      password: { type: 'string', default: 'gwpass' },
      binds: { type: 'string', default: '4' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      nodelay: { type: 'boolean', default: false },
    },
  });
  if (!values['upstream-port']) throw new Error('--upstream-port is required');
  const proxy = await startPassthrough({
    noDelay: values.nodelay!,
    host: values.host!,
    port: Number(values.port),
    ...(values['tls-cert'] && values['tls-key'] ? { tls: { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) } } : {}),
    upstream: {
      host: values['upstream-host']!,
      port: Number(values['upstream-port']),
      ...(values['upstream-ca'] ? { tls: { ca: readFileSync(values['upstream-ca']) } } : {}),
      systemId: values['system-id']!,
      password: values.password!,
      binds: Number(values.binds),
    },
  });
  if (hasParent) tellParent({ type: 'ready', port: proxy.port });
  else console.log(`naive pass-through listening on ${values.host}:${proxy.port}`);
  serveParent(() => proxy.stats, () => proxy.close());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
