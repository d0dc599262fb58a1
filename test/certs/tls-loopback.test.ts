import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAltNames } from '../../src/certs/alt-names.js';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { systemIdFromPeerCertificate } from '../../src/certs/client-identity.js';
import { issueClientCertificate, issueServerCertificate } from '../../src/certs/issue.js';
import type { CertificateAndKey } from '../../src/certs/sign.js';

interface Fixture {
  ca: CertificateAndKey;
  server: CertificateAndKey;
  client: CertificateAndKey;
  strangerClient: CertificateAndKey;
}
let fx: Fixture;

test.before(async () => {
  const sans = parseAltNames('localhost,127.0.0.1,::1');
  if (!sans.ok) throw new Error(sans.error);
  const ca = await createCertificateAuthority({ commonName: 'test CA' });
  const otherCa = await createCertificateAuthority({ commonName: 'stranger CA' });
  fx = {
    ca,
    server: await issueServerCertificate(ca, { altNames: sans.altNames }),
    client: await issueClientCertificate(ca, { systemId: 'emr' }),
    strangerClient: await issueClientCertificate(otherCa, { systemId: 'emr' }),
  };
});

/** A TLS server on a free loopback port that greets each authorised peer with the system_id it sees. */
async function startServer(mtls: boolean) {
  const accepted: Array<string | undefined> = [];
  const server = tls.createServer(
    { cert: fx.server.certPem, key: fx.server.keyPem, ca: mtls ? fx.ca.certPem : undefined, requestCert: mtls, rejectUnauthorized: mtls },
    (socket) => {
      const id = mtls ? systemIdFromPeerCertificate(socket.getPeerCertificate()) : 'anonymous';
      accepted.push(id);
      socket.end(`hello ${id}`);
    },
  );
  server.on('tlsClientError', () => undefined);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return { port, accepted, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Connects and returns what the server said, or the error that ended the connection. */
function exchange(options: tls.ConnectionOptions): Promise<{ text: string; error?: Error }> {
  return new Promise((resolve) => {
    let text = '';
    let error: Error | undefined;
    const socket = tls.connect(options);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', (err) => (error = err));
    socket.on('close', () => resolve({ text, error }));
  });
}

/** Connection options for an mTLS client presenting `pair`. */
function asClient(port: number, pair: CertificateAndKey): tls.ConnectionOptions {
  return { host: '127.0.0.1', port, servername: 'localhost', ca: fx.ca.certPem, cert: pair.certPem, key: pair.keyPem };
}

test('a client trusting the CA connects with servername localhost', async () => {
  const srv = await startServer(false);
  const res = await exchange({ host: '127.0.0.1', port: srv.port, servername: 'localhost', ca: fx.ca.certPem });
  await srv.close();
  assert.is(res.error, undefined);
  assert.is(res.text, 'hello anonymous');
});

test('a client trusting the CA connects to 127.0.0.1 by IP (IP SAN checked)', async () => {
  const srv = await startServer(false);
  const res = await exchange({ host: '127.0.0.1', port: srv.port, ca: fx.ca.certPem });
  await srv.close();
  assert.is(res.error, undefined);
  assert.is(res.text, 'hello anonymous');
});

test('a name outside the SANs is refused by the client', async () => {
  const srv = await startServer(false);
  const res = await exchange({ host: '127.0.0.1', port: srv.port, servername: 'gw.example.org', ca: fx.ca.certPem });
  await srv.close();
  assert.ok(res.error);
  assert.is((res.error as NodeJS.ErrnoException).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
});

test('mTLS: a client certificate from the CA is accepted and names its system_id', async () => {
  const srv = await startServer(true);
  const res = await exchange(asClient(srv.port, fx.client));
  await srv.close();
  assert.is(res.error, undefined);
  assert.is(res.text, 'hello emr');
  assert.equal(srv.accepted, ['emr']);
});

test('mTLS: a client certificate from another CA is rejected', async () => {
  const srv = await startServer(true);
  const res = await exchange(asClient(srv.port, fx.strangerClient));
  await srv.close();
  assert.is(res.text, '');
  assert.equal(srv.accepted, []);
});

test('mTLS: a client without a certificate is rejected', async () => {
  const srv = await startServer(true);
  const res = await exchange({ host: '127.0.0.1', port: srv.port, servername: 'localhost', ca: fx.ca.certPem });
  await srv.close();
  assert.is(res.text, '');
  assert.equal(srv.accepted, []);
});

test.run();
