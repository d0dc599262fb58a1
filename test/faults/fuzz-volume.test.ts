// Fuzzed PDUs at volume: thousands of mutated PDUs from several client connections at once (bound and not)
// and from the carrier side; the gateway neither crashes nor leaks (heap and descriptors before and after),
// and a good client works afterwards.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import net from 'node:net';
import { startRawCarrier } from '../helpers/raw-carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { rawConnect } from '../helpers/raw-client.js';
import { sleep, waitFor } from '../helpers/net.js';
import { Cmd } from '../../src/codec/commands.js';
import { fixture, fixtureNames } from '../codec/fixtures.js';
import { decodePdu } from '../../src/codec/pdu.js';
import { fdCount, heapAfterGc, mb, report } from './helpers.js';

const BIND_COMMANDS = new Set<number>([Cmd.bind_transceiver, Cmd.bind_transmitter, Cmd.bind_receiver]);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);
let state = SEED;
const rand = (n: number) => {
  state = (state * 1103515245 + 12345) & 0x7fffffff;
  return state % n;
};

/** A valid PDU with one kind of damage: flipped bits, a lying or honest short length, a swapped command, noise. */
function damage(frame: Buffer): Buffer {
  const b = Buffer.from(frame);
  const kind = rand(6);
  if (kind === 0) for (let i = 0; i < 1 + rand(6); i++) b[rand(b.length)] ^= 1 << rand(8);
  if (kind === 1) return b.subarray(0, 16 + rand(Math.max(1, b.length - 16)));
  if (kind === 2) {
    const cut = Buffer.from(b.subarray(0, 16 + rand(Math.max(1, b.length - 16))));
    cut.writeUInt32BE(cut.length, 0);
    return cut;
  }
  if (kind === 3) b.writeUInt32BE([0x4, 0x103, 0x21, 0x3, 0x8, 0x7, 0x102, 0x80000009][rand(8)]!, 4);
  if (kind === 4) for (let i = 16; i < b.length; i++) if (rand(8) === 0) b[i] = rand(256);
  return b;
}

/** A raw connection from another loopback address (failed binds there do not throttle the good client). */
async function fuzzer(port: number, misframe: boolean): Promise<net.Socket> {
  const s = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.5' });
  s.on('error', () => undefined);
  s.on('data', () => undefined);
  await new Promise((r) => s.once('connect', r));
  // A bind header whose body never comes as announced: everything after it on this connection is misframed.
  if (misframe) s.write(fixture('bind_transceiver').subarray(0, 16));
  return s;
}

test(`fuzz at volume from several connections and from the carrier: no crash, no leak (seed ${SEED})`, async () => {
  const carrier = await startRawCarrier();
  const g = await startGateway({ carrierPort: carrier.port, clients: [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict', mo_addresses: ['12345'] }] });
  await waitReady(g.gw);
  const frames = fixtureNames()
    .filter((n) => !n.startsWith('bind_') || n.endsWith('_resp'))
    .map(fixture);
  const carrierFrames = ['deliver_sm_receipt', 'deliver_sm_mo', 'data_sm', 'enquire_link', 'alert_notification', 'generic_nack'].map(fixture);
  const warm = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  await warm.submit({ source_addr: '12345', destination_addr: '15550500000', short_message: 'Warm up.' });
  await warm.close();
  const heap0 = await heapAfterGc();
  const fds0 = fdCount();
  const t0 = performance.now();
  let sent = 0;
  try {
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      const conns = await Promise.all(Array.from({ length: 6 }, (_, i) => fuzzer(g.port, i % 3 === 0)));
      const bound = await Promise.all(Array.from({ length: 4 }, () => rawConnect(g.port)));
      for (const p of bound) await p.bind('emr', 'emrpass');
      for (let i = 0; i < 600; i++) {
        for (const c of conns) if (!c.destroyed) c.write(damage(frames[rand(frames.length)]!));
        for (const p of bound) if (!p.closed) p.send(damage(frames[rand(frames.length)]!));
        if (i % 3 === 0) carrier.send(damage(carrierFrames[rand(carrierFrames.length)]!));
        sent += conns.length + bound.length + (i % 3 === 0 ? 1 : 0);
        if (i % 50 === 0) await sleep(1);
      }
      await sleep(100);
      for (const c of conns) c.destroy();
      for (const p of bound) p.close();
    }
    await sleep(500);
    for (const f of carrier.frames) assert.ok(decodePdu(f).ok, 'the carrier only ever receives well-formed PDUs');
    // A truncated PDU from the carrier can leave phiwall's reading of that link mid-frame (its announced length
    // swallows whatever the carrier sends next) until enquire_link or a response timeout notices. A carrier
    // that has sent garbage resets the link, as real ones do; phiwall must bind again by itself.
    const binds = () => carrier.frames.filter((f) => BIND_COMMANDS.has(f.readUInt32BE(4))).length;
    const bindsBefore = binds();
    for (const s of carrier.sockets) s.destroy();
    await waitFor(() => (binds() > bindsBefore ? true : undefined), 15_000);
    await waitReady(g.gw, 5000);
    const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
    assert.is(esme.bindStatus, 0);
    assert.is((await esme.submit({ source_addr: '12345', destination_addr: '15550500001', short_message: 'Still working.' })).command_status, 0);
    await esme.close();
    await sleep(200);
    const heap1 = await heapAfterGc();
    const fds1 = fdCount();
    report('fuzz volume', { pdus: sent, seconds: (performance.now() - t0) / 1000, heapBeforeMB: mb(heap0), heapAfterMB: mb(heap1), fdsBefore: fds0, fdsAfter: fds1 });
    assert.ok(heap1 - heap0 < 10 * 1048576, `heap grew ${mb(heap1 - heap0)} MB`);
    assert.ok(fds1 <= fds0 + 3, `descriptors: ${fds0} → ${fds1}`);
  } finally {
    await g.stop();
    await carrier.close();
  }
});

test.run();
