// Abuse from other addresses while a good client works: slow-loris connections (a byte a second, never a
// bind), a connection flood, and a bind flood with wrong passwords. The listener caps, the bind timeout and
// the failed-bind throttle hold, and the good client's submits keep going (their latency is measured).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import net from 'node:net';
import { startCarrier } from '../helpers/carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { sleep } from '../helpers/net.js';
import { encodePdu } from '../../src/codec/pdu.js';
import { Cmd } from '../../src/codec/commands.js';
import { hashPassword } from '../../src/session/credentials.js';
import { fdCount, percentile, report } from './helpers.js';

const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';
const CAP_PER_IP = 20;
const BIND_TIMEOUT = 1000;

function bindPdu(password: string): Buffer {
  const fields = { system_id: 'emr', password, system_type: '', interface_version: 0x34, addr_ton: 0, addr_npi: 0, address_range: '' };
  return encodePdu({ command_id: Cmd.bind_transceiver, command_status: 0, sequence_number: 1, fields, tlvs: [] });
}

/** A connection from `from` (another loopback address); resolves when connected, reports when it closed. */
function connectFrom(port: number, from: string): Promise<{ socket: net.Socket; closedAt: () => number | undefined; openedAt: number }> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: from });
    let closed: number | undefined;
    socket.on('error', () => undefined);
    socket.on('close', () => (closed = performance.now()));
    socket.on('data', () => undefined);
    socket.once('connect', () => resolve({ socket, closedAt: () => closed, openedAt: performance.now() }));
    socket.once('error', () => resolve({ socket, closedAt: () => closed ?? performance.now(), openedAt: performance.now() }));
  });
}

test('slow-loris, connection and bind floods: caps, bind timeout and throttle hold; the good client keeps working', async () => {
  const carrier = await startCarrier();
  const g = await startGateway({
    carrierPort: carrier.port,
    clients: [{ system_id: 'emr', password: await hashPassword('emrpass'), upstream: 'carrier', policy: 'strict' }],
    listeners: [{ name: 'plain', host: '127.0.0.1', port: 0, max_connections: 200, max_connections_per_ip: CAP_PER_IP, bind_timeout: BIND_TIMEOUT }],
    extra: { session: { failed_binds_per_minute: 5 } },
  });
  await waitReady(g.gw);
  const good = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  const listener = g.gw.listeners[0]!;
  const fds0 = fdCount();
  const attackers: net.Socket[] = [];
  try {
    const latency = async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const r = await good.submit({ source_addr: '12345', destination_addr: `1555040${String(i).padStart(4, '0')}`, short_message: TEXT });
        assert.is(r.command_status, 0, 'the good client is served');
        out.push(performance.now() - t0);
        await sleep(10);
      }
      return out;
    };
    const baseline = await latency(30);

    // Slow-loris from 127.0.0.2: one byte a second, never a whole PDU.
    const loris = await Promise.all(Array.from({ length: 30 }, () => connectFrom(g.port, '127.0.0.2')));
    attackers.push(...loris.map((l) => l.socket));
    const drip = setInterval(() => {
      for (const l of loris) if (!l.socket.destroyed) l.socket.write(Buffer.from([0]));
    }, 1000);
    // Connection flood from 127.0.0.3: 300 connections held open.
    const flood = await Promise.all(Array.from({ length: 300 }, () => connectFrom(g.port, '127.0.0.3')));
    attackers.push(...flood.map((f) => f.socket));
    // Bind flood from 127.0.0.4: 40 connections guessing passwords, again and again.
    const guessers = await Promise.all(Array.from({ length: 40 }, () => connectFrom(g.port, '127.0.0.4')));
    attackers.push(...guessers.map((x) => x.socket));
    let bindOk = 0;
    for (const x of guessers) {
      x.socket.on('data', (d: Buffer) => {
        if (d.length >= 16 && d.readUInt32BE(4) === (Cmd.bind_transceiver | 0x80000000) && d.readUInt32BE(8) === 0) bindOk++;
      });
    }
    const guess = setInterval(() => {
      for (const x of guessers) if (!x.socket.destroyed) x.socket.write(bindPdu('guess' + Math.floor(Math.random() * 1e6)));
    }, 100);
    let peakConnections = 0;
    const sampler = setInterval(() => (peakConnections = Math.max(peakConnections, listener.connections)), 5);

    const during = await latency(60);
    await sleep(BIND_TIMEOUT + 600);
    clearInterval(drip);
    clearInterval(guess);
    clearInterval(sampler);

    const lorisClosed = loris.filter((l) => l.closedAt() !== undefined);
    const lorisHeld = loris.map((l) => (l.closedAt() ?? performance.now()) - l.openedAt);
    const floodOpen = flood.filter((f) => f.closedAt() === undefined).length;
    report('connection abuse', {
      baselineP50ms: percentile(baseline, 50),
      baselineP99ms: percentile(baseline, 99),
      duringP50ms: percentile(during, 50),
      duringP99ms: percentile(during, 99),
      duringMaxMs: Math.max(...during),
      peakConnections,
      lorisMaxHeldMs: Math.max(...lorisHeld),
      floodStillOpen: floodOpen,
    });
    assert.is(lorisClosed.length, loris.length, 'every slow-loris connection was closed');
    assert.ok(Math.max(...lorisHeld) < BIND_TIMEOUT + 1000, 'by the bind timeout');
    assert.ok(peakConnections <= 1 + 3 * CAP_PER_IP, `per-address caps held: ${peakConnections} connections at most`);
    assert.is(bindOk, 0, 'no guessed bind succeeded');
    assert.ok(percentile(during, 99) < 2000, 'the good client was not starved');
    assert.ok(!good.session.socket.destroyed, 'and is still bound');
  } finally {
    for (const s of attackers) s.destroy();
    await good.close();
    await sleep(100);
    const fds1 = fdCount();
    report('connection abuse fds', { before: fds0, after: fds1 });
    await g.stop();
    await carrier.close();
    assert.ok(fds1 <= fds0 + 5, 'no descriptors left behind');
  }
});

test.run();
