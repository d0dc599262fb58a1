// Carrier faults, bounded in time: a carrier that drops one of two binds mid-window (every submit in flight
// gets exactly one answer, traffic goes on over the other bind), and carriers that answer slowly or never
// under a flood (windows and queues stay within their bounds, every submit is answered, the heap comes back).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier } from '../helpers/carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { rawConnect } from '../helpers/raw-client.js';
import { submitSm } from '../helpers/pdus.js';
import { sleep, waitFor } from '../helpers/net.js';
import { Cmd } from '../../src/codec/commands.js';
import { Status } from '../../src/codec/status.js';
import { encodeText } from '../../src/codec/text/index.js';
import { heapAfterGc, mb, report } from './helpers.js';

const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';
const BODY = encodeText(TEXT, 'gsm7')!;

test('a carrier drops one of two binds mid-window: one answer per submit, the rest flows over the other bind', async () => {
  const carrier = await startCarrier({ delayMs: 250 });
  const g = await startGateway({ carrierPort: carrier.port, upstream: { binds: 2, window: 50 } });
  await waitFor(() => g.gw.clusters.get('carrier')!.boundCount === 2, 3000);
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const answers = new Map<number, number>();
    esme.session.on('submit_sm_resp', (p: { sequence_number: number }) => answers.set(p.sequence_number, (answers.get(p.sequence_number) ?? 0) + 1));
    const pending = Array.from({ length: 40 }, (_, i) => esme.submit({ source_addr: '12345', destination_addr: `155501000${String(i).padStart(2, '0')}`, short_message: TEXT }));
    await carrier.waitSubmits(40);
    carrier.sessions[0]!.socket.destroy();
    const statuses = (await Promise.all(pending)).map((r) => r.command_status);
    const ok = statuses.filter((s) => s === 0).length;
    const failed = statuses.filter((s) => s === Status.ESME_RSYSERR).length;
    assert.is(ok + failed, 40, 'each is either accepted or failed, nothing else');
    assert.ok(ok > 0 && failed > 0, `both binds carried traffic (${ok} ok, ${failed} failed)`);
    assert.ok([...answers.values()].every((n) => n === 1), 'exactly one response each');
    const after = await esme.submit({ source_addr: '12345', destination_addr: '15550100099', short_message: TEXT });
    assert.is(after.command_status, 0, 'the surviving bind carries on');
  } finally {
    await esme.close();
    await g.stop();
    await carrier.close();
  }
});

async function flood(carrierOpts: Parameters<typeof startCarrier>[0], name: string) {
  const carrier = await startCarrier(carrierOpts);
  const upstream = { window: 20, queue: 30, response_timeout: 300 };
  const g = await startGateway({ carrierPort: carrier.port, upstream });
  await waitReady(g.gw);
  const cluster = g.gw.clusters.get('carrier')!;
  const client = await rawConnect(g.port);
  try {
    assert.is(await client.bind('emr', 'emrpass'), 0);
    // Warm up (detectors, codecs) before the baseline.
    client.send(submitSm(2, { destination_addr: '15550110000', short_message: BODY }));
    await client.next(3000);
    const before = await heapAfterGc();
    let peakInFlight = 0;
    let peakQueued = 0;
    const sampler = setInterval(() => {
      for (const s of cluster.states()) {
        peakInFlight = Math.max(peakInFlight, s.inFlight);
        peakQueued = Math.max(peakQueued, s.queued);
      }
    }, 5);
    const N = 1500;
    const t0 = performance.now();
    for (let i = 0; i < N; i++) client.send(submitSm(10 + i, { destination_addr: `1555011${String(i).padStart(4, '0')}`, short_message: BODY }));
    const answers = new Map<number, number>();
    const statuses = new Map<number, number>();
    for (let got = 0; got < N; got++) {
      const f = await client.next(10_000);
      assert.is(f.readUInt32BE(4), Cmd.submit_sm_resp);
      const seq = f.readUInt32BE(12);
      answers.set(seq, (answers.get(seq) ?? 0) + 1);
      statuses.set(f.readUInt32BE(8), (statuses.get(f.readUInt32BE(8)) ?? 0) + 1);
    }
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    assert.is(answers.size, N, 'every submit answered');
    assert.ok([...answers.values()].every((n) => n === 1), 'exactly once');
    assert.ok(peakInFlight <= upstream.window, `window held: ${peakInFlight}`);
    assert.ok(peakQueued <= upstream.queue, `queue held: ${peakQueued}`);
    await sleep(400); // let the last timeouts and responses settle
    const after = await heapAfterGc();
    report(name, {
      submits: N,
      seconds,
      ok: statuses.get(0) ?? 0,
      throttled: statuses.get(Status.ESME_RTHROTTLED) ?? 0,
      syserr: statuses.get(Status.ESME_RSYSERR) ?? 0,
      peakInFlight,
      peakQueued,
      heapBeforeMB: mb(before),
      heapAfterMB: mb(after),
    });
    assert.ok(after - before < 8 * 1048576, `heap grew ${mb(after - before)} MB`);
    return statuses;
  } finally {
    client.close();
    await g.stop();
    await carrier.close();
  }
}

test('a carrier that never answers, flooded with 1500 submits: timeouts and prompt refusals, bounds hold, heap comes back', async () => {
  const statuses = await flood({ silent: true }, 'carrier never answers');
  assert.is(statuses.get(0) ?? 0, 0);
  assert.ok((statuses.get(Status.ESME_RSYSERR) ?? 0) > 0, 'response timeouts');
  assert.ok((statuses.get(Status.ESME_RTHROTTLED) ?? 0) > 0, 'refused at once beyond window and queue');
});

test('a carrier that answers after 200 ms, flooded: what fits is accepted, the rest refused at once, bounds hold', async () => {
  const statuses = await flood({ delayMs: 200 }, 'carrier answers in 200 ms');
  assert.ok((statuses.get(0) ?? 0) > 0);
  assert.ok((statuses.get(Status.ESME_RTHROTTLED) ?? 0) > 0);
});

test.run();
