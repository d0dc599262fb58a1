// Carrier binds: prompt refusals while the carrier is down, recovery by themselves, response timeouts,
// the window, and a carrier that dies with requests in flight (each gets exactly one answer).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCarrier } from '../helpers/carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { waitFor } from '../helpers/net.js';
import { Status } from '../../src/codec/status.js';

const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';

test('while the carrier is down submits get a prompt ESME_RTHROTTLED; traffic resumes when it is back', async () => {
  const carrier = await startCarrier();
  const g = await startGateway({ carrierPort: carrier.port });
  await waitReady(g.gw);
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  try {
    await carrier.close();
    await waitFor(() => !g.gw.ready);
    const t0 = Date.now();
    const r = await esme.submit({ source_addr: '12345', destination_addr: '15550005001', short_message: TEXT });
    assert.is(r.command_status, Status.ESME_RTHROTTLED);
    assert.ok(Date.now() - t0 < 500, 'prompt');
    await carrier.restart();
    await waitFor(() => g.gw.ready, 5000);
    const ok = await esme.submit({ source_addr: '12345', destination_addr: '15550005002', short_message: TEXT });
    assert.is(ok.command_status, 0);
  } finally {
    await esme.close();
    await g.stop();
    await carrier.close().catch(() => undefined);
  }
});

test('a carrier that never answers: the client gets ESME_RSYSERR after the response timeout', async () => {
  const carrier = await startCarrier({ silent: true });
  const g = await startGateway({ carrierPort: carrier.port, upstream: { response_timeout: 300 } });
  await waitReady(g.gw);
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const t0 = Date.now();
    const r = await esme.submit({ source_addr: '12345', destination_addr: '15550005003', short_message: TEXT });
    assert.is(r.command_status, Status.ESME_RSYSERR);
    assert.ok(Date.now() - t0 < 2000);
  } finally {
    await esme.close();
    await g.stop();
    await carrier.close();
  }
});

test('window full and queue full → ESME_RTHROTTLED at once; everything in the window still gets answered', async () => {
  const carrier = await startCarrier({ delayMs: 200 });
  const g = await startGateway({ carrierPort: carrier.port, upstream: { window: 2, queue: 1 } });
  await waitReady(g.gw);
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const all = await Promise.all(
      Array.from({ length: 6 }, (_, i) => esme.submit({ source_addr: '12345', destination_addr: `155500060${i}0`, short_message: TEXT })),
    );
    const statuses = all.map((r) => r.command_status);
    assert.is(statuses.filter((s) => s === 0).length, 3, 'window 2 + queue 1');
    assert.is(statuses.filter((s) => s === Status.ESME_RTHROTTLED).length, 3);
  } finally {
    await esme.close();
    await g.stop();
    await carrier.close();
  }
});

test('a carrier that closes mid-window: every in-flight submit gets exactly one response', async () => {
  const carrier = await startCarrier({ silent: true });
  const g = await startGateway({ carrierPort: carrier.port, upstream: { window: 50 } });
  await waitReady(g.gw);
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const responses = new Map<number, number>();
    esme.session.on('submit_sm_resp', (p: { sequence_number: number }) => responses.set(p.sequence_number, (responses.get(p.sequence_number) ?? 0) + 1));
    const pending = Array.from({ length: 20 }, (_, i) => esme.submit({ source_addr: '12345', destination_addr: `155500070${String(i).padStart(2, '0')}`, short_message: TEXT }));
    await carrier.waitSubmits(20);
    for (const s of carrier.sessions) s.socket.destroy();
    const all = await Promise.all(pending);
    assert.ok(all.every((r) => r.command_status === Status.ESME_RSYSERR));
    assert.ok([...responses.values()].every((n) => n === 1), 'exactly one response each');
  } finally {
    await esme.close();
    await g.stop();
    await carrier.close();
  }
});

test('a wrong carrier password: the bind is retried with backoff and submits are refused promptly', async () => {
  const carrier = await startCarrier({ password: 'right' });
  const g = await startGateway({ carrierPort: carrier.port, upstream: { password: 'wrong' } });
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass' });
  try {
    const r = await esme.submit({ source_addr: '12345', destination_addr: '15550008001', short_message: TEXT });
    assert.is(r.command_status, Status.ESME_RTHROTTLED);
    assert.is(carrier.binds, 0);
  } finally {
    await esme.close();
    await g.stop();
    await carrier.close();
  }
});

test.run();
