// `node dist/bench/sink/main.js [--port N] [--delay MS|MIN-MAX] [--receipts never|requested|always]
//  [--tls-cert FILE --tls-key FILE]`: the carrier sink as a process.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hasParent, serveParent, tellParent } from '../run/child-ipc.js';
import { parseDelay, startSink, type SinkOptions } from './sink.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '0' },
    delay: { type: 'string' },
    receipts: { type: 'string', default: 'never' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
  },
});

const receipts = values.receipts as SinkOptions['receipts'];
if (receipts !== 'never' && receipts !== 'requested' && receipts !== 'always') throw new Error('--receipts: never | requested | always');
const sink = await startSink({
  host: values.host!,
  port: Number(values.port),
  delayMs: parseDelay(values.delay),
  receipts,
  ...(values['tls-cert'] && values['tls-key'] ? { tls: { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) } } : {}),
});
if (hasParent) tellParent({ type: 'ready', port: sink.port });
else console.log(`sink listening on ${values.host}:${sink.port}`);
serveParent(
  () => sink.stats,
  async () => {
    if (!hasParent) console.log(JSON.stringify(sink.stats));
    await sink.close();
  },
);
