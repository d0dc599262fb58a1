import forge from 'node-forge';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAltNames } from '../../src/certs/alt-names.js';
import { certificateRequestInfo, createCertificateRequest } from '../../src/certs/csr.js';

test('a CSR verifies and carries subject and SANs; its key stays with us', async () => {
  const sans = parseAltNames('gw.example.org,10.1.2.3');
  assert.ok(sans.ok);
  if (!sans.ok) return;
  const { csrPem, keyPem } = await createCertificateRequest({
    commonName: 'gw.example.org',
    altNames: sans.altNames,
    organization: 'Example Health',
    country: 'US',
  });
  const csr = forge.pki.certificationRequestFromPem(csrPem);
  assert.ok(csr.verify());
  assert.is(csr.subject.getField('CN').value, 'gw.example.org');
  assert.is(csr.subject.getField('O').value, 'Example Health');
  const info = certificateRequestInfo(csrPem);
  assert.equal(info.subjectAltNames, ['DNS:gw.example.org', 'IP:10.1.2.3']);
  assert.ok(info.signatureValid);
  // the key in hand is the one the CSR was made for
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  assert.is((csr.publicKey as forge.pki.rsa.PublicKey).n.compareTo(key.n), 0);
  assert.not.match(csrPem, /PRIVATE KEY/);
});

test('a CSR altered after signing fails verification', async () => {
  const { csrPem } = await createCertificateRequest({ commonName: 'gw.example.org', altNames: [{ type: 'dns', value: 'gw.example.org' }] });
  const der = Buffer.from(csrPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const at = der.indexOf('gw.example.org');
  assert.ok(at > 0);
  der.write('ev', at, 'ascii');
  const tampered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
  const csr = forge.pki.certificationRequestFromPem(tampered);
  assert.is(csr.subject.getField('CN').value, 'ev.example.org');
  assert.not.ok(csr.verify());
});

test.run();
