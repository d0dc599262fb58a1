// What the delivery queue costs a carrier's deliver_sm, over loopback, one instance or two sharing Redis.
// Run: npx tsc -p . && node dist/bench/delivery.js [--n 5000]
//
//   direct, no Redis   (baseline) the client is bound here, memory queue: a length check in memory, then the
//                      client's deliver_sm_resp goes back to the carrier (what phiwall did before the queue)
//   direct, Redis      the client is bound here: one XLEN round trip, then the same as above
//   queued, Redis      the client is bound on the other instance: XADD (+PUBLISH) before the carrier is
//                      answered; the other instance reads it (pub/sub wake-up), sends it, XACK+XDEL
// Each is measured one at a time (latency) and with 64 outstanding (throughput). Messages are replies from
// patients (MO), so no id-map lookups are in the numbers; every one is inspected and audited as in production.
import net from 'node:net';
import { parseArgs } from 'node:util';
import { Framer } from '../src/codec/framer.js';
import { createLogger } from '../src/observability/logger.js';
import { buildPdu } from '../src/codec/header.js';
import { Cmd, responseOf } from '../src/codec/commands.js';
import { encodePdu } from '../src/codec/pdu.js';
import { tlvCString as cstring } from '../src/codec/tlv.js';
import { startGateway, waitReady, type TestGateway } from '../test/helpers/gateway.js';
import { submitFields } from '../test/helpers/pdus.js';
import { sleep, waitFor } from '../test/helpers/net.js';
import { REDIS_URL, deletePrefix, redisAnswers, testPrefix } from '../test/store/helpers.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '5000' } } });
const N = Number(values.n);
const CLIENTS = [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['12345'] }];

/** A carrier that takes binds and sends deliver_sm on the bind of its choice, timing each response. */
async function carrier() {
  const binds: net.Socket[] = [];
  const waiting = new Map<number, () => void>();
  let seq = 1;
  const server = net.createServer((s) => {
    const framer = new Framer(1 << 20);
    s.on('error', () => undefined);
    s.on('data', (chunk) =>
      framer.push(chunk, (f) => {
        const id = f.readUInt32BE(4);
        const sq = f.readUInt32BE(12);
        if (id === Cmd.deliver_sm_resp) return waiting.get(sq)?.();
        if (id === Cmd.bind_transceiver) {
          binds.push(s);
          s.write(buildPdu(responseOf(id), 0, sq, cstring('bench')));
        } else if (id === Cmd.enquire_link || id === Cmd.unbind) s.write(buildPdu(responseOf(id), 0, sq));
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const frame = encodePdu({ command_id: Cmd.deliver_sm, command_status: 0, sequence_number: 0, fields: submitFields({ source_addr: '15550001234', destination_addr: '12345', short_message: Buffer.from('YES see you then') }), tlvs: [] });
  return {
    port: (server.address() as net.AddressInfo).port,
    binds,
    /** One deliver_sm on bind `i`; resolves with ms until its response. */
    send(i: number): Promise<number> {
      const s = seq++;
      const f = Buffer.from(frame);
      f.writeUInt32BE(s, 12);
      const t0 = performance.now();
      return new Promise((resolve) => {
        waiting.set(s, () => {
          waiting.delete(s);
          resolve(performance.now() - t0);
        });
        binds[i]!.write(f);
      });
    },
    close: () => new Promise<void>((r) => (binds.forEach((b) => b.destroy()), server.close(() => r()))),
  };
}

/** A client that binds as a receiver and answers every deliver_sm at once. */
async function client(port: number) {
  const s = net.connect(port, '127.0.0.1');
  const framer = new Framer(1 << 20);
  let received = 0;
  let bound = false;
  s.on('data', (chunk) =>
    framer.push(chunk, (f) => {
      const id = f.readUInt32BE(4);
      if (id === Cmd.deliver_sm) {
        received++;
        s.write(buildPdu(Cmd.deliver_sm_resp, 0, f.readUInt32BE(12), cstring('')));
      } else if (id === Cmd.bind_receiver_resp) bound = f.readUInt32BE(8) === 0;
      else if (id === Cmd.enquire_link) s.write(buildPdu(Cmd.enquire_link_resp, 0, f.readUInt32BE(12)));
    }),
  );
  await new Promise((r) => s.once('connect', r));
  const fields = { system_id: 'emr', password: 'emrpass', system_type: '', interface_version: 0x34, addr_ton: 0, addr_npi: 0, address_range: '' };
  s.write(encodePdu({ command_id: Cmd.bind_receiver, command_status: 0, sequence_number: 1, fields, tlvs: [] }));
  await waitFor(() => bound, 5000);
  return { received: () => received, close: () => s.destroy() };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function scenario(name: string, redis: boolean, remote: boolean): Promise<void> {
  const c = await carrier();
  const prefix = testPrefix('bench-delivery');
  const extra = redis ? { redis: { url: REDIS_URL, prefix } } : {};
  const gws: TestGateway[] = [];
  try {
    for (const id of remote ? ['gwA', 'gwB'] : ['gwA']) {
      const g = await startGateway({ carrierPort: c.port, clients: CLIENTS, upstream: { system_id: id }, extra, ...(process.env.BENCH_LOG ? { log: createLogger({ level: 'warn' }) } : {}) });
      await waitReady(g.gw);
      await waitFor(() => c.binds.length === gws.length + 1, 5000);
      gws.push(g);
    }
    // The client binds on the last instance; the carrier uses the first instance's bind.
    const rx = await client(gws[gws.length - 1]!.port);
    for (let i = 0; i < 200; i++) await c.send(0); // warm-up
    await waitFor(() => rx.received() >= 200, 10_000);
    const one: number[] = [];
    for (let i = 0; i < Math.min(N, 2000); i++) one.push(await c.send(0));
    const base = rx.received();
    const t0 = performance.now();
    let next = 0;
    const many: number[] = [];
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next++ < N) many.push(await c.send(0));
      }),
    );
    const carrierDone = performance.now() - t0;
    await waitFor(() => rx.received() >= base + N, 60_000, 1);
    const clientDone = performance.now() - t0;
    console.log(
      `${name.padEnd(20)} window 1: p50 ${pct(one, 50).toFixed(3)} ms  p99 ${pct(one, 99).toFixed(3)} ms   window 64: ${Math.round((N / carrierDone) * 1000)
        .toString()
        .padStart(6)} /s answered, ${Math.round((N / clientDone) * 1000)
        .toString()
        .padStart(6)} /s at the client, p99 ${pct(many, 99).toFixed(2)} ms`,
    );
    rx.close();
  } finally {
    for (const g of gws) await g.stop();
    await c.close();
    if (redis) await deletePrefix(prefix);
  }
}

console.log(`node ${process.version}, ${new Date().toISOString()}, n=${N}`);
await scenario('direct, no Redis', false, false);
if (await redisAnswers()) {
  await scenario('direct, Redis', true, false);
  await scenario('queued, Redis', true, true);
  await scenario('direct, no Redis', false, false); // again, to see the noise
} else console.log('Redis not reachable at REDIS_URL: Redis scenarios skipped');
await sleep(10);
process.exit(0);
