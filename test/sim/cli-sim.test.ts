import pino from 'pino';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runSim } from '../../src/cli/sim.js';
import type { CliIo } from '../../src/cli/certs.js';
import { startCarrierSimulator } from '../../src/sim/carrier-simulator.js';
import { Esme, withTimeout } from './esme.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  let onOut: ((line: string) => void) | undefined;
  const io: CliIo = {
    out: (t) => {
      out.push(t);
      onOut?.(t);
    },
    err: (t) => err.push(t),
  };
  const line = (re: RegExp) =>
    withTimeout(
      new Promise<RegExpMatchArray>((resolve) => {
        const seen = out.map((l) => l.match(re)).find(Boolean);
        if (seen) return resolve(seen);
        onOut = (t) => {
          const m = t.match(re);
          if (m) resolve(m);
        };
      }),
      `line ${re}`,
    );
  return { io, out, err, line };
}

test('phiwall sim prints where it listens, serves binds with credentials, and stops on abort', async () => {
  const c = capture();
  const stop = new AbortController();
  const running = runSim(['--port', '0', '--system-id', 'emr', '--password', 'secret', '--log-level', 'warn'], { io: c.io, signal: stop.signal });
  const [, port] = await c.line(/listening on 127\.0\.0\.1:(\d+) \(plain\)/);
  const esme = await Esme.connect(Number(port));
  assert.is((await esme.bind('transceiver', 'emr', 'secret')).command_status, 0);
  const resp = await esme.submit({ destination_addr: '1', short_message: 'x', registered_delivery: 1 });
  assert.is((await esme.nextDelivery()).receipted_message_id, resp.message_id);
  await esme.close();
  stop.abort();
  assert.is(await running, 0);
});

test('usage errors exit 2; an unusable port exits 1', async () => {
  for (const argv of [['--port', 'x'], ['--bogus'], ['--tls-cert', 'a'], ['--receipt-status', 'SENT'], ['--fail-destinations', '('], ['--id-format', 'uuid'], ['--fail-status', 'NOPE']]) {
    const c = capture();
    assert.is(await runSim(argv, { io: c.io }), 2, argv.join(' '));
  }
  const busy = await startCarrierSimulator({ log: pino({ level: 'silent' }) });
  const c = capture();
  assert.is(await runSim(['--port', String(busy.port), '--log-level', 'silent'], { io: c.io }), 1);
  assert.match(c.err.join('\n'), /EADDRINUSE/);
  await busy.close();
  const h = capture();
  assert.is(await runSim(['--help'], { io: h.io }), 0);
  assert.match(h.out.join('\n'), /--receipt-delay/);
});

test.run();
