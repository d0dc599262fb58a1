// The delivery queue's behaviour at the edges, on one instance without Redis (the memory queue) and on two
// with it: a client answering "not now" gets the entry again, a permanent refusal drops it (audited), a
// full queue makes the carrier retry, and entries a dead instance held are taken over by another.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCarrier } from '../helpers/carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { rawConnect } from '../helpers/raw-client.js';
import { sleep, waitFor } from '../helpers/net.js';
import { Cmd } from '../../src/codec/commands.js';
import { Status } from '../../src/codec/status.js';
import { deletePrefix, redisAnswers, testPrefix } from '../store/helpers.js';
import { CLIENTS, startInstance } from './helpers.js';

const reply = (n: number) => ({ source_addr: `1555004${String(n).padStart(4, '0')}`, destination_addr: '70001', esm_class: 0, short_message: `reply ${n}` });

async function oneInstance(delivery: Record<string, unknown> = {}) {
  const carrier = await startCarrier();
  const g = await startGateway({ carrierPort: carrier.port, clients: CLIENTS, extra: { delivery } });
  await waitReady(g.gw);
  return {
    carrier,
    g,
    stop: async () => {
      await g.stop();
      await carrier.close();
    },
  };
}

test('without Redis, replies for a client bound nowhere wait in memory and arrive in order when it binds', async () => {
  const { carrier, g, stop } = await oneInstance();
  try {
    for (let i = 0; i < 5; i++) assert.is((await carrier.deliver(reply(i))).command_status, Status.ESME_ROK);
    const lab = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    const got = await lab.waitDeliveries(5);
    assert.equal(got.map((d) => String(d.short_message?.message ?? d.short_message)), ['reply 0', 'reply 1', 'reply 2', 'reply 3', 'reply 4']);
    await lab.close();
  } finally {
    await stop();
  }
});

test('a backlog larger than the window drains in queue order', async () => {
  const { carrier, g, stop } = await oneInstance({ batch: 8 });
  try {
    for (let i = 0; i < 100; i++) assert.is((await carrier.deliver(reply(100 + i))).command_status, Status.ESME_ROK);
    const lab = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    const got = await lab.waitDeliveries(100, 5000);
    assert.equal(
      got.map((d) => String(d.short_message?.message ?? d.short_message)),
      Array.from({ length: 100 }, (_, i) => `reply ${100 + i}`),
    );
    for (let i = 0; i < 50 && (await g.gw.delivery.size('lab')) > 0; i++) await sleep(20);
    assert.is(await g.gw.delivery.size('lab'), 0, 'all acknowledged');
    await lab.close();
  } finally {
    await stop();
  }
});

test('a full queue: the carrier gets ESME_RX_T_APPN (it retries) and nothing already queued is lost', async () => {
  const { carrier, g, stop } = await oneInstance({ max_per_client: 2 });
  try {
    assert.is((await carrier.deliver(reply(10))).command_status, Status.ESME_ROK);
    assert.is((await carrier.deliver(reply(11))).command_status, Status.ESME_ROK);
    assert.is((await carrier.deliver(reply(12))).command_status, Status.ESME_RX_T_APPN);
    const lab = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    assert.is((await lab.waitDeliveries(2)).length, 2);
    await lab.close();
  } finally {
    await stop();
  }
});

test('a client answering ESME_RX_T_APPN gets the entry again; a permanent refusal drops it and is audited', async () => {
  const { carrier, g, stop } = await oneInstance();
  try {
    await carrier.deliver(reply(20));
    const busy = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver', deliverStatus: Status.ESME_RX_T_APPN });
    await busy.waitDeliveries(1);
    await busy.close();
    assert.is(await g.gw.delivery.size('lab'), 1, 'still queued');
    const ok = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    const [again] = await ok.waitDeliveries(1, 4000);
    assert.is(String(again!.short_message?.message ?? again!.short_message), 'reply 20');
    await ok.close();

    await carrier.deliver(reply(21));
    const refusing = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpass', mode: 'receiver', deliverStatus: Status.ESME_RX_P_APPN });
    await refusing.waitDeliveries(1);
    await waitFor(() => readFileSync(join(g.dir, 'audit.log'), 'utf8').includes('"refused by client"'), 3000);
    assert.is(await g.gw.delivery.size('lab'), 0, 'dropped');
    await refusing.close();
  } finally {
    await stop();
  }
});

const redisUp = await redisAnswers();
test('an instance that dies holding entries: another takes them over after claim_idle', async () => {
  if (!redisUp) return;
  const prefix = testPrefix('claim');
  const carrier = await startCarrier();
  const fast = { extra: { delivery: { claim_idle: 300, poll: 100 }, session: { response_timeout: 150 } } };
  const a = await startInstance('gwA', carrier.port, prefix, fast);
  const b = await startInstance('gwB', carrier.port, prefix, fast);
  try {
    // A client on A that takes deliver_sm and never answers: A holds the entry unacknowledged.
    const mute = await rawConnect(a.port);
    assert.is(await mute.bind('lab', 'labpass', Cmd.bind_receiver), 0);
    assert.is((await carrier.deliver(reply(30), 'gwB')).command_status, Status.ESME_ROK);
    await waitFor(() => mute.frames.some((f) => f.readUInt32BE(4) === Cmd.deliver_sm), 3000);
    await a.stop(); // A is gone with the entry still in its hands
    const lab = await connectEsme({ port: b.port, system_id: 'lab', password: 'labpass', mode: 'receiver' });
    const [got] = await lab.waitDeliveries(1, 4000);
    assert.is(String(got!.short_message?.message ?? got!.short_message), 'reply 30');
    await sleep(50);
    assert.is(await b.gw.delivery.size('lab'), 0);
    await lab.close();
  } finally {
    await a.stop();
    await b.stop();
    await carrier.close();
    await deletePrefix(prefix);
  }
});

test.run();
