import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from '../../bench/load/generator.js';
import { buildMix, loadTexts, type MixOptions } from '../../bench/load/message-mix.js';
import { startSink } from '../../bench/sink/sink.js';
import { writeBenchCertificates } from '../../bench/run/certs.js';

const texts = loadTexts();
const creds = { systemId: 'bench', password: 'benchpw' };
const mix = (o: Partial<MixOptions> = {}) => buildMix(texts, { phiShare: 0.5, concatShare: 0, ucs2Share: 0.1, registeredDelivery: false, ...o });

test('N submits get N responses, matched by sequence number, each with a latency', async () => {
  const sink = await startSink({ keep: 1000 });
  try {
    const r = await runLoad({ endpoint: { host: '127.0.0.1', port: sink.port }, credentials: creds, binds: 2, window: 50, mode: 'closed', count: 500, mix: mix() });
    // Long UCS-2 texts go as two parts, so PDUs can outnumber messages.
    assert.is(r.sentMessages, 500);
    assert.ok(r.sentPdus >= 500);
    assert.is(r.responses, r.sentPdus);
    assert.equal(r.statuses, { ESME_ROK: r.sentPdus });
    assert.is(r.latencyMs.count, r.sentPdus);
    assert.is(r.unmatched, 0);
    assert.is(r.unanswered, 0);
    assert.is(sink.stats.submitSm, r.sentPdus);
    assert.is(sink.stats.binds, 2);
    // Every message went to its own destination.
    assert.is(new Set(sink.received.map((m) => m.destination_addr)).size, 500);
  } finally {
    await sink.close();
  }
});

test('answers that come back out of order (random carrier delay) still match their requests', async () => {
  const sink = await startSink({ delayMs: [0, 8] });
  try {
    const r = await runLoad({ endpoint: { host: '127.0.0.1', port: sink.port }, credentials: creds, binds: 1, window: 100, mode: 'closed', count: 400, mix: mix() });
    assert.is(r.sentMessages, 400);
    assert.is(r.responses, r.sentPdus);
    assert.is(r.unmatched, 0);
    assert.is(r.lost, 0);
  } finally {
    await sink.close();
  }
});

test('open loop sends the scheduled count and answers delivery receipts', async () => {
  const sink = await startSink({ receipts: 'requested' });
  try {
    const r = await runLoad({
      endpoint: { host: '127.0.0.1', port: sink.port },
      credentials: creds,
      binds: 2,
      window: 100,
      mode: 'open',
      rate: 2000,
      count: 200,
      mix: mix({ registeredDelivery: true }),
    });
    assert.is(r.sentMessages, 200);
    assert.is(r.responses, r.sentPdus);
    assert.is(sink.stats.receiptsSent, r.sentPdus);
    assert.ok(r.receipts > 0);
    assert.is(r.deliveries, r.receipts);
    assert.ok(sink.stats.deliverSmResp > 0);
  } finally {
    await sink.close();
  }
});

test('concatenated parts share a destination and a UDH reference, numbered 1..total', async () => {
  const sink = await startSink({ keep: 1000 });
  try {
    const r = await runLoad({ endpoint: { host: '127.0.0.1', port: sink.port }, credentials: creds, binds: 1, window: 30, mode: 'closed', count: 40, mix: mix({ concatShare: 1 }) });
    assert.is(r.sentMessages, 40);
    assert.ok(r.sentPdus >= 80 && r.sentPdus <= 120);
    assert.is(r.responses, r.sentPdus);
    const byDest = new Map<string, Buffer[]>();
    for (const m of sink.received) byDest.set(m.destination_addr, [...(byDest.get(m.destination_addr) ?? []), m.short_message!]);
    assert.is(byDest.size, 40);
    for (const parts of byDest.values()) {
      const total = parts[0]![4]!;
      assert.ok(total === 2 || total === 3);
      assert.is(parts.length, total);
      parts.forEach((p, i) => {
        assert.equal([...p.subarray(0, 3)], [0x05, 0x00, 0x03]);
        assert.is(p[3], parts[0]![3]);
        assert.is(p[5], i + 1);
      });
    }
    assert.ok(sink.received.every((m) => (m.esm_class & 0x40) !== 0));
  } finally {
    await sink.close();
  }
});

test('the generator talks TLS to a sink whose certificate it trusts through the given CA', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  const certs = writeBenchCertificates(dir);
  const sink = await startSink({ tls: { cert: readFileSync(certs.serverCert), key: readFileSync(certs.serverKey) } });
  try {
    const r = await runLoad({
      endpoint: { host: '127.0.0.1', port: sink.port, tls: { ca: readFileSync(certs.caCert) } },
      credentials: creds,
      binds: 1,
      window: 10,
      mode: 'closed',
      count: 50,
      mix: mix(),
    });
    assert.is(r.sentMessages, 50);
    assert.is(r.responses, r.sentPdus);
    assert.is(r.socketErrors, 0);
  } finally {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
