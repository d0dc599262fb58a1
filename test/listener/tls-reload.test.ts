// Hot reload of certificates: new handshakes get the new certificate, binds made before keep working.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import tls from 'node:tls';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { issueServerCertificate } from '../../src/certs/issue.js';
import { configSchema } from '../../src/config/schema.js';
import { Gateway } from '../../src/gateway.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startCarrier } from '../helpers/carrier.js';
import { connectEsme } from '../helpers/esme.js';
import { waitReady } from '../helpers/gateway.js';

function peerFingerprint(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, ca, servername: 'localhost' }, () => {
      const fp = s.getPeerCertificate().fingerprint256;
      s.destroy();
      resolve(fp);
    });
    s.on('error', reject);
  });
}

test('a reload with new certificate files: new handshakes see them, an existing TLS bind stays up', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-tlsreload-'));
  const ca = await createCertificateAuthority({ commonName: 'reload CA' });
  const first = await issueServerCertificate(ca, { altNames: [{ type: 'dns', value: 'localhost' }] });
  const second = await issueServerCertificate(ca, { altNames: [{ type: 'dns', value: 'localhost' }] });
  writeFileSync(join(dir, 'server.crt'), first.certPem);
  writeFileSync(join(dir, 'server.key'), first.keyPem);
  const carrier = await startCarrier();
  const input = {
    listeners: [{ name: 'tls', host: '127.0.0.1', port: 0, tls: { cert: join(dir, 'server.crt'), key: join(dir, 'server.key') } }],
    upstreams: [{ name: 'carrier', host: '127.0.0.1', port: carrier.port, system_id: 'gw', password: 'pw' }],
    clients: [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier' }],
    audit: { path: join(dir, 'audit.log'), key: 'tls-reload-test-audit-key-0123456789abc' },
  };
  const gw = await Gateway.start(configSchema.parse(input), { log: silentLogger });
  try {
    await waitReady(gw);
    const port = gw.ports().tls!;
    const before = await peerFingerprint(port, ca.certPem);
    const esme = await connectEsme({ port, system_id: 'emr', password: 'emrpass', tls: { ca: ca.certPem } });
    assert.is(esme.bindStatus, 0);

    writeFileSync(join(dir, 'server.crt'), second.certPem);
    writeFileSync(join(dir, 'server.key'), second.keyPem);
    await gw.reload(configSchema.parse(input));

    const after = await peerFingerprint(port, ca.certPem);
    assert.is.not(after, before, 'the new certificate is served');
    const r = await esme.submit({ destination_addr: '15550016001', short_message: 'See you at 9am.' });
    assert.is(r.command_status, 0, 'the bind made before the reload still works');
    await esme.close();
  } finally {
    await gw.stop(1000);
    await carrier.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
