import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startPassthrough } from '../../bench/baseline/smpp-passthrough.js';
import { smpp, type SmppPdu, type SmppSession } from '../../bench/baseline/smpp-package.js';
import { startSink } from '../../bench/sink/sink.js';

function call(session: SmppSession, command: 'bind_transceiver' | 'submit_sm', fields: Record<string, unknown>): Promise<SmppPdu> {
  return new Promise((resolve) => session[command](fields, resolve));
}

async function client(port: number): Promise<SmppSession> {
  const session = await new Promise<SmppSession>((resolve, reject) => {
    const s = smpp.connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.on('error', reject);
  });
  const bound = await call(session, 'bind_transceiver', { system_id: 'bench', password: 'benchpw' });
  assert.is(bound.command_status, 0);
  return session;
}

test('the naive baseline relays a submit_sm from an smpp-package client to the carrier and returns its answer', async () => {
  const sink = await startSink({ keep: 10 });
  const proxy = await startPassthrough({ upstream: { host: '127.0.0.1', port: sink.port, systemId: 'gateway', password: 'gwpass', binds: 2 } });
  const session = await client(proxy.port);
  try {
    const resp = await call(session, 'submit_sm', { source_addr: '18005550100', destination_addr: '15551234567', short_message: 'Your order is ready' });
    assert.is(resp.command_status, 0);
    assert.is(resp.message_id, '1');
    assert.is(sink.stats.submitSm, 1);
    const got = sink.received[0]!;
    assert.is(got.destination_addr, '15551234567');
    assert.is(got.source_addr, '18005550100');
    assert.is(got.short_message!.toString('latin1'), 'Your order is ready');
  } finally {
    session.destroy();
    await proxy.close();
    await sink.close();
  }
});

test('a concatenated part keeps its UDH through the baseline', async () => {
  const sink = await startSink({ keep: 10 });
  const proxy = await startPassthrough({ upstream: { host: '127.0.0.1', port: sink.port, systemId: 'gateway', password: 'gwpass', binds: 1 } });
  const session = await client(proxy.port);
  try {
    const udh = Buffer.from([0x05, 0x00, 0x03, 0x2a, 0x02, 0x01]);
    const resp = await call(session, 'submit_sm', { destination_addr: '15550000001', esm_class: 0x40, short_message: { udh, message: 'part one' } });
    assert.is(resp.command_status, 0);
    const sm = sink.received[0]!.short_message!;
    assert.equal([...sm.subarray(0, 6)], [...udh]);
    assert.is(sm.subarray(6).toString('latin1'), 'part one');
    assert.ok((sink.received[0]!.esm_class & 0x40) !== 0);
  } finally {
    session.destroy();
    await proxy.close();
    await sink.close();
  }
});

test.run();
