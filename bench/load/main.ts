// `node dist/bench/load/main.js --port N [options]`: the load generator as a process (the runner forks it so
// its CPU is measured apart from the system under test). --help lists the options.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hasParent, tellParent } from '../run/child-ipc.js';
import { runLoad } from './generator.js';
import { buildMix, loadTexts } from './message-mix.js';

const HELP = `Usage: node dist/bench/load/main.js --port N [options]
  --host H            target host (127.0.0.1)
  --ca FILE           connect with TLS, trusting this CA (PEM); --servername NAME (localhost)
  --system-id S --password P   bind credentials (bench / benchpw)
  --binds N           client binds (1)        --window N   requests in flight per bind (100)
  --mode closed|open  closed loop (default) or open loop at --rate MSG_PER_S
  --duration S        measured seconds (10)   --warmup S   unmeasured seconds first (2)
  --count N           stop after N messages instead of a duration
  --phi-share X --concat-share X --ucs2-share X   message mix, each 0..1 (0, 0, 0)
  --receipts          ask for delivery receipts (registered_delivery 1)
  --progress S        print a sample every S seconds
  --json              print the result as JSON`;

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string' },
    ca: { type: 'string' },
    servername: { type: 'string', default: 'localhost' },
    'system-id': { type: 'string', default: 'bench' },
    password: { type: 'string', default: 'benchpw' },
    binds: { type: 'string', default: '1' },
    window: { type: 'string', default: '100' },
    mode: { type: 'string', default: 'closed' },
    rate: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string', default: '2' },
    count: { type: 'string' },
    'phi-share': { type: 'string', default: '0' },
    'concat-share': { type: 'string', default: '0' },
    'ucs2-share': { type: 'string', default: '0' },
    receipts: { type: 'boolean', default: false },
    progress: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || !values.port) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const mode = values.mode === 'open' ? 'open' : 'closed';
const count = values.count === undefined ? undefined : Number(values.count);
const durationS = values.duration === undefined ? (count === undefined ? 10 : undefined) : Number(values.duration);

// Forked by the runner: do not outlive it.
const orphaned = () => process.exit(1);
if (hasParent) process.once('disconnect', orphaned);

try {
  const result = await runLoad({
    endpoint: {
      host: values.host!,
      port: Number(values.port),
      ...(values.ca ? { tls: { ca: readFileSync(values.ca), servername: values.servername! } } : {}),
    },
    credentials: { systemId: values['system-id']!, password: values.password! },
    binds: Number(values.binds),
    window: Number(values.window),
    mode,
    ...(values.rate ? { rate: Number(values.rate) } : {}),
    ...(durationS !== undefined ? { durationS } : {}),
    ...(count !== undefined ? { count } : {}),
    warmupS: Number(values.warmup),
    mix: buildMix(loadTexts(), {
      phiShare: Number(values['phi-share']),
      concatShare: Number(values['concat-share']),
      ucs2Share: Number(values['ucs2-share']),
      registeredDelivery: values.receipts!,
    }),
    ...(values.progress
      ? {
          progressIntervalS: Number(values.progress),
          onProgress: (sample) => (hasParent ? tellParent({ type: 'progress', sample }) : console.log(JSON.stringify(sample))),
        }
      : {}),
    onMeasureStart: () => tellParent({ type: 'measure-start' }),
    onMeasureEnd: () => tellParent({ type: 'measure-end' }),
  });
  if (hasParent) tellParent({ type: 'result', result });
  else if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    const l = result.latencyMs;
    console.log(
      `${result.pduPerSec} submit_sm/s (${result.msgPerSec} msg/s), ok ${result.okPerSec}/s over ${result.elapsedS}s; ` +
        `latency ms p50 ${l.p50} p90 ${l.p90} p99 ${l.p99} p99.9 ${l.p999} max ${l.max}; statuses ${JSON.stringify(result.statuses)}; ` +
        `unanswered ${result.unanswered} unmatched ${result.unmatched} receipts ${result.receipts}`,
    );
  }
  process.off('disconnect', orphaned);
  process.disconnect?.();
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  if (hasParent) tellParent({ type: 'failed', message });
  console.error(`load generator failed: ${message}`);
  process.exitCode = 1;
  process.off('disconnect', orphaned);
  process.disconnect?.();
}
