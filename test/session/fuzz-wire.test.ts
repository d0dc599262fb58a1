// Fuzzed PDUs over real sockets, before and after bind: the gateway never crashes, nothing malformed
// reaches the carrier, and a well-behaved client keeps working throughout.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startRawCarrier, type RawCarrier } from '../helpers/raw-carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { rawConnect } from '../helpers/raw-client.js';
import { connectEsme } from '../helpers/esme.js';
import { sleep } from '../helpers/net.js';
import { fixture, fixtureNames } from '../codec/fixtures.js';
import { decodePdu } from '../../src/codec/pdu.js';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);
let state = SEED;
const rand = (n: number) => {
  state = (state * 1103515245 + 12345) & 0x7fffffff;
  return state % n;
};

function mutate(frame: Buffer): Buffer {
  const b = Buffer.from(frame);
  switch (rand(5)) {
    case 0:
      for (let i = 0; i < 1 + rand(4); i++) b[rand(b.length)] ^= 1 << rand(8);
      return b;
    case 1:
      return b.subarray(0, 16 + rand(Math.max(1, b.length - 16)));
    case 2: {
      const cut = b.subarray(0, 16 + rand(Math.max(1, b.length - 16)));
      cut.writeUInt32BE(cut.length, 0);
      return cut;
    }
    case 3:
      if (b.length > 20) b[16 + rand(b.length - 16)] = rand(256);
      return b;
    default: {
      const extra = Buffer.from(Array.from({ length: rand(40) }, () => rand(256)));
      const out = Buffer.concat([b, extra]);
      out.writeUInt32BE(out.length, 0);
      return out;
    }
  }
}

let carrier: RawCarrier;
let g: TestGateway;

test.before(async () => {
  carrier = await startRawCarrier();
  g = await startGateway({ carrierPort: carrier.port });
  await waitReady(g.gw);
});

test.after(async () => {
  await g.stop();
  await carrier.close();
});

test(`fuzzed PDUs from several connections never crash the gateway (seed ${SEED})`, async () => {
  const names = fixtureNames().filter((n) => !n.startsWith('bind_') || n.endsWith('_resp'));
  const frames = names.map(fixture);
  for (let conn = 0; conn < 6; conn++) {
    const p = await rawConnect(g.port);
    if (conn % 2 === 0) await p.bind('emr', 'emrpass');
    for (let i = 0; i < 150 && !p.closed; i++) p.send(mutate(frames[rand(frames.length)]!));
    await sleep(30);
    p.close();
  }
  // Every frame the carrier got is a well-formed PDU.
  for (const f of carrier.frames) assert.ok(decodePdu(f).ok, 'the carrier only ever receives well-formed PDUs');
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  assert.is(esme.bindStatus, 0);
  assert.is((await esme.submit({ source_addr: '12345', destination_addr: '15550012001', short_message: 'Still working.' })).command_status, 0);
  await esme.close();
});

test.run();
