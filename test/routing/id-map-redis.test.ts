// With redis.url set, the message-id map lives in Redis: a receipt for a message submitted before a
// restart of phiwall still reaches the client with the id it was given.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { randomBytes } from 'node:crypto';
import { startCarrier } from '../helpers/carrier.js';
import { startGateway, waitReady } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { REDIS_URL, redisGate, deletePrefix } from '../store/helpers.js';

const up = await redisGate(test);
const prefix = `phiwall-test-${randomBytes(4).toString('hex')}:`;

if (up) {
  test('a receipt after a restart is routed through the Redis id map', async () => {
    const carrier = await startCarrier();
    const extra = { redis: { url: REDIS_URL, prefix } };
    const first = await startGateway({ carrierPort: carrier.port, extra });
    await waitReady(first.gw);
    const esme = await connectEsme({ port: first.port, system_id: 'emr', password: 'emrpass' });
    const r = await esme.submit({ source_addr: '12345', destination_addr: '15550010001', short_message: 'See you Monday at 9am.', registered_delivery: 1 });
    assert.is(r.command_status, 0);
    const carrierId = [...carrier.byId.keys()].pop()!;
    await esme.close();
    await first.stop();

    const second = await startGateway({ carrierPort: carrier.port, extra });
    try {
      await waitReady(second.gw);
      const again = await connectEsme({ port: second.port, system_id: 'emr', password: 'emrpass' });
      await carrier.receiptFor(carrierId);
      const [dlr] = await again.waitDeliveries(1);
      assert.is(dlr!.receipted_message_id, r.message_id);
      await again.close();
    } finally {
      await second.stop();
      await carrier.close();
      await deletePrefix(prefix);
    }
  });
}

test.run();
