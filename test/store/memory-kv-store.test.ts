import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createKvStore } from '../../src/store/create.js';
import { createMemoryKvStore } from '../../src/store/memory/memory-kv-store.js';
import { silentLog } from './helpers.js';
import { registerKvConformance } from './kv-conformance.js';

const conformance = suite('memory store: conformance');
registerKvConformance(conformance, () => createKvStore({ prefix: 'unused:', log: silentLog, maxEntries: 10_000 }));
conformance.run();

const memory = suite('memory store');

memory('createKvStore without a Redis URL gives the memory store', async () => {
  const s = await createKvStore({ prefix: 'p:', log: silentLog });
  assert.is(s.kind, 'memory');
  await s.close();
});

memory('maxEntries bounds the store: the least recently used entry goes first', async () => {
  const s = createMemoryKvStore({ maxEntries: 3 });
  await s.set('a', '1', 10_000);
  await s.set('b', '2', 10_000);
  await s.set('c', '3', 10_000);
  await s.get('a'); // a is now more recent than b
  await s.set('d', '4', 10_000);
  assert.is(await s.get('b'), undefined);
  assert.is(await s.get('a'), '1');
  assert.is(await s.get('d'), '4');
  await s.close();
});

memory('maxEntries must be a positive integer', () => {
  assert.throws(() => createMemoryKvStore({ maxEntries: 0 }));
});

memory.run();
