import net from 'node:net';
import { once } from 'node:events';
import pino from 'pino';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAltNames } from '../../src/certs/alt-names.js';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { issueServerCertificate } from '../../src/certs/issue.js';
import { startCarrierSimulator } from '../../src/sim/carrier-simulator.js';
import { Esme, messageOf, receiptFields } from './esme.js';

const log = pino({ level: 'silent' });

test('the simulator speaks SMPP over TLS with certificates from phiwall certs', async () => {
  const ca = await createCertificateAuthority();
  const sans = parseAltNames('localhost,127.0.0.1');
  if (!sans.ok) throw new Error(sans.error);
  const server = await issueServerCertificate(ca, { altNames: sans.altNames });
  const sim = await startCarrierSimulator({ log, tls: { cert: server.certPem, key: server.keyPem } });
  try {
    const esme = await Esme.connect(sim.port, { ca: ca.certPem, servername: 'localhost' });
    assert.is((await esme.bind('transceiver')).command_status, 0);
    const resp = await esme.submit({ destination_addr: '15551230002', short_message: 'over tls', registered_delivery: 1 });
    const dr = await esme.nextDelivery();
    assert.is(dr.receipted_message_id, resp.message_id);
    assert.is(receiptFields(messageOf(dr)).id, resp.message_id);
    await esme.close();

    // plain SMPP on the TLS port fails the handshake and leaves the simulator serving
    const plain = net.connect(sim.port, '127.0.0.1');
    plain.on('error', () => undefined);
    plain.write(Buffer.from('00000010000000150000000000000001', 'hex'));
    await once(plain, 'close');
    const again = await Esme.connect(sim.port, { ca: ca.certPem });
    assert.is((await again.bind('transmitter')).command_status, 0);
    await again.close();
  } finally {
    await sim.close();
  }
});

test.run();
