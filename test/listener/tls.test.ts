// TLS on both legs with certificates made by node-forge: the ESME over TLS to phiwall, phiwall over TLS to
// the carrier, and mTLS where the client certificate must match the client that binds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { issueClientCertificate, issueServerCertificate } from '../../src/certs/issue.js';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { startGateway, waitReady, type TestGateway } from '../helpers/gateway.js';
import { connectEsme } from '../helpers/esme.js';
import { Status } from '../../src/codec/status.js';

const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';
let dir: string;
let carrier: Carrier;
let g: TestGateway;
let ca: { certPem: string; keyPem: string };
let otherCa: { certPem: string; keyPem: string };

test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phiwall-tls-'));
  ca = await createCertificateAuthority({ commonName: 'phiwall test CA' });
  otherCa = await createCertificateAuthority({ commonName: 'someone else' });
  const server = await issueServerCertificate(ca, { altNames: [{ type: 'dns', value: 'localhost' }, { type: 'ip', value: '127.0.0.1' }] });
  const carrierCert = await issueServerCertificate(ca, { altNames: [{ type: 'dns', value: 'localhost' }] });
  const files = { 'ca.crt': ca.certPem, 'server.crt': server.certPem, 'server.key': server.keyPem };
  for (const [n, v] of Object.entries(files)) writeFileSync(join(dir, n), v);
  carrier = await startCarrier({ tls: { key: carrierCert.keyPem, cert: carrierCert.certPem } });
  g = await startGateway({
    carrierPort: carrier.port,
    upstream: { tls: { ca: join(dir, 'ca.crt'), servername: 'localhost' } },
    listeners: [
      { name: 'tls', host: '127.0.0.1', port: 0, tls: { cert: join(dir, 'server.crt'), key: join(dir, 'server.key'), ca: join(dir, 'ca.crt'), requestClientCert: true } },
    ],
    clients: [
      { system_id: 'emr', password: 'emrpass', upstream: 'carrier' },
      { system_id: 'lab', password: 'labpw', upstream: 'carrier', require_client_cert: true },
    ],
  });
  await waitReady(g.gw, 5000);
});

test.after(async () => {
  await g.stop();
  await carrier.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an ESME over TLS reaches a carrier over TLS', async () => {
  const esme = await connectEsme({ port: g.port, system_id: 'emr', password: 'emrpass', tls: { ca: ca.certPem } });
  try {
    assert.is(esme.bindStatus, 0);
    const r = await esme.submit({ source_addr: '12345', destination_addr: '15550009001', short_message: TEXT });
    assert.is(r.command_status, 0);
    assert.ok(carrier.submits.some((p) => p.destination_addr === '15550009001'));
  } finally {
    await esme.close();
  }
});

test('mTLS: a client that requires a certificate binds only with its own', async () => {
  const labCert = await issueClientCertificate(ca, { systemId: 'lab' });
  const emrCert = await issueClientCertificate(ca, { systemId: 'emr' });
  const foreign = await issueClientCertificate(otherCa, { systemId: 'lab' });

  const good = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpw', tls: { ca: ca.certPem, cert: labCert.certPem, key: labCert.keyPem } });
  assert.is(good.bindStatus, 0);
  await good.close();

  const none = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpw', tls: { ca: ca.certPem } });
  assert.is(none.bindStatus, Status.ESME_RBINDFAIL, 'no certificate');
  await none.close();

  const wrong = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpw', tls: { ca: ca.certPem, cert: emrCert.certPem, key: emrCert.keyPem } });
  assert.is(wrong.bindStatus, Status.ESME_RBINDFAIL, 'another client’s certificate');
  await wrong.close();

  const untrusted = await connectEsme({ port: g.port, system_id: 'lab', password: 'labpw', tls: { ca: ca.certPem, cert: foreign.certPem, key: foreign.keyPem } });
  assert.is(untrusted.bindStatus, Status.ESME_RBINDFAIL, 'a certificate from another CA');
  await untrusted.close();
});

test('a carrier whose certificate is not trusted is never bound', async () => {
  const rogueCert = await issueServerCertificate(otherCa, { altNames: [{ type: 'dns', value: 'localhost' }] });
  const rogue = await startCarrier({ tls: { key: rogueCert.keyPem, cert: rogueCert.certPem } });
  const t = await startGateway({ carrierPort: rogue.port, upstream: { tls: { ca: join(dir, 'ca.crt'), servername: 'localhost' } } });
  try {
    await new Promise((r) => setTimeout(r, 400));
    assert.is(t.gw.ready, false);
    assert.is(rogue.binds, 0);
  } finally {
    await t.stop();
    await rogue.close();
  }
});

test.run();
