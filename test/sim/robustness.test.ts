import { once } from 'node:events';
import net from 'node:net';
import pino from 'pino';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Cmd } from '../../src/codec/commands.js';
import { Status } from '../../src/codec/status.js';
import { startCarrierSimulator, type CarrierSimulator } from '../../src/sim/carrier-simulator.js';
import { FrameReader } from '../../src/sim/frame-reader.js';
import { Esme, withTimeout } from './esme.js';

const log = pino({ level: 'silent' });
let sim: CarrierSimulator;

test.before(async () => {
  sim = await startCarrierSimulator({ log });
});
test.after(async () => {
  await sim.close();
});

interface Header {
  command_id: number;
  command_status: number;
  sequence_number: number;
}

/**
 * Sends bytes on a raw connection, then half-closes it when `until` is 'end'. Returns the PDU headers received
 * until the server closes, or `until` PDUs came, or a PDU with sequence_number `until.sentinel` came.
 */
async function rawExchange(
  bytes: Buffer[],
  until: number | 'end' | { sentinel: number } = Infinity,
): Promise<{ headers: Header[]; closedByServer: boolean }> {
  const socket = net.connect(sim.port, '127.0.0.1');
  await once(socket, 'connect');
  const reader = new FrameReader(1 << 20);
  const headers: Header[] = [];
  let closedByServer = false;
  const done = new Promise<void>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      for (let f = reader.next(); f?.ok; f = reader.next()) {
        headers.push({ command_id: f.pdu.readUInt32BE(4), command_status: f.pdu.readUInt32BE(8), sequence_number: f.pdu.readUInt32BE(12) });
        const last = headers[headers.length - 1]!;
        if (typeof until === 'number' ? headers.length >= until : until !== 'end' && last.sequence_number === until.sentinel) resolve();
      }
    });
    socket.on('end', () => {
      closedByServer = true;
      resolve();
    });
    socket.on('error', () => resolve());
  });
  for (const b of bytes) socket.write(b);
  if (until === 'end') socket.end();
  await withTimeout(done, 'server answer');
  socket.destroy();
  return { headers, closedByServer };
}

function pdu(commandId: number, seq: number, body: Buffer = Buffer.alloc(0)): Buffer {
  const b = Buffer.alloc(16 + body.length);
  b.writeUInt32BE(b.length, 0);
  b.writeUInt32BE(commandId, 4);
  b.writeUInt32BE(0, 8);
  b.writeUInt32BE(seq, 12);
  body.copy(b, 16);
  return b;
}

/** Deterministic bytes so a failure reproduces. */
function prng(seed: number): (n: number) => Buffer {
  let x = seed >>> 0 || 1;
  return (n) => {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  };
}

async function stillServes(): Promise<void> {
  const esme = await Esme.connect(sim.port);
  assert.is((await esme.bind('transceiver')).command_status, Status.ESME_ROK);
  assert.is((await esme.submit({ destination_addr: '1', short_message: 'ok' })).command_status, Status.ESME_ROK);
  await esme.close();
}

test('an HTTP request is answered with generic_nack ESME_RINVCMDLEN and the connection closed', async () => {
  const res = await rawExchange([Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n')]);
  assert.ok(res.closedByServer);
  assert.equal(res.headers.map((h) => [h.command_id, h.command_status]), [[Cmd.generic_nack, Status.ESME_RINVCMDLEN]]);
  await stillServes();
});

test('an unknown command id gets generic_nack ESME_RINVCMDID and the session goes on', async () => {
  const res = await rawExchange([pdu(0x00000777, 9), pdu(Cmd.enquire_link, 10)], 2);
  assert.equal(res.headers, [
    { command_id: Cmd.generic_nack, command_status: Status.ESME_RINVCMDID, sequence_number: 9 },
    { command_id: Cmd.enquire_link_resp, command_status: 0, sequence_number: 10 },
  ]);
});

test('a truncated bind and a truncated submit_sm are answered, not fatal', async () => {
  const res = await rawExchange([pdu(Cmd.bind_transceiver, 1, Buffer.from('em')), pdu(Cmd.submit_sm, 2, Buffer.from([0]))], 2);
  assert.is(res.headers[0]!.sequence_number, 1);
  assert.is(res.headers[1]!.sequence_number, 2);
  assert.is(res.headers[1]!.command_id, Cmd.submit_sm_resp);
  await stillServes();
});

test('random frames for every command id, and random byte streams, do not crash the simulator', async () => {
  const random = prng(0xc0ffee);
  const ids = Object.values(Cmd);
  for (let round = 0; round < 20; round++) {
    const frames: Buffer[] = [];
    // bind first so the message handlers see the random bodies too
    frames.push(pdu(Cmd.bind_transceiver, 1, Buffer.from('fuzz\0\0\0\x34\0\0\0')));
    for (let i = 0; i < 40; i++) {
      const id = ids[(random(1)[0]! + i) % ids.length]!;
      frames.push(pdu(id, i + 2, random(random(1)[0]! % 120)));
    }
    frames.push(pdu(Cmd.enquire_link, 0x7fff0000));
    // ends at the sentinel's answer, or earlier when a random unbind or bad frame made the server hang up
    await rawExchange(frames, { sentinel: 0x7fff0000 });
  }
  assert.ok(sim.received.some((m) => m.system_id === 'fuzz'), 'random bodies reached the message handlers');
  for (let round = 0; round < 20; round++) {
    await rawExchange([random(1 + (random(1)[0]! % 64))], 'end');
  }
  await stillServes();
});

test('a bad TLS or plain-text client on the plain port is just dropped', async () => {
  // a TLS ClientHello starts 0x16 0x03 ... which reads as a 377 MB command_length
  const res = await rawExchange([Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03])]);
  assert.ok(res.closedByServer);
  await stillServes();
});

test.run();
