// TLS on both legs with peers nobody here wrote: netsmpp-client.pl (IO::Socket::SSL) to phiwall's TLS
// listener, and phiwall to netsmpp-smsc.pl over TLS, verifying the SMSC's certificate against our CA.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { issueServerCertificate } from '../../src/certs/issue.js';
import { parseAltNames } from '../../src/certs/alt-names.js';
import { startGateway } from '../helpers/gateway.js';
import { sleep } from '../helpers/net.js';
import { interopGate, perlPeersMissing } from './tools.js';
import { startRig } from './rig.js';
import { startPerlSmsc } from './perl-smsc.js';
import { runPerlClient } from './perl-client.js';
import { assertClientGotEverything, assertSuiteAtSmsc, BUILTIN_SUITE, transcript } from './builtin-suite.js';

interface CertFiles {
  ca: string;
  cert: string;
  key: string;
}

/** A CA and a server certificate for localhost/127.0.0.1, written as PEM files into `dir`. */
async function writeCerts(dir: string, prefix: string): Promise<CertFiles> {
  const sans = parseAltNames('localhost,127.0.0.1');
  if (!sans.ok) throw new Error(sans.error);
  const ca = await createCertificateAuthority({ commonName: `${prefix} interop CA` });
  const server = await issueServerCertificate(ca, { altNames: sans.altNames });
  const files = { ca: join(dir, `${prefix}-ca.crt`), cert: join(dir, `${prefix}-server.crt`), key: join(dir, `${prefix}-server.key`) };
  writeFileSync(files.ca, ca.certPem);
  writeFileSync(files.cert, server.certPem);
  writeFileSync(files.key, server.keyPem, { mode: 0o600 });
  return files;
}

if (interopGate(test, 'Net::SMPP over TLS interop', perlPeersMissing())) {
  test('client → phiwall and phiwall → SMSC both over TLS: the suite passes unchanged and receipts come back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phiwall-interop-tls-'));
    const certs = await writeCerts(dir, 'ok');
    const rig = await startRig({
      dir,
      smsc: { tls: { cert: certs.cert, key: certs.key } },
      gateway: {
        listeners: [
          { name: 'plain', host: '127.0.0.1', port: 0 },
          { name: 'tls', host: '127.0.0.1', port: 0, tls: { cert: certs.cert, key: certs.key } },
        ],
        upstream: { tls: { ca: certs.ca, servername: 'localhost' } },
      },
    });
    try {
      assert.match(rig.smsc.child.stdout(), /listening on .* \(TLS\)/, 'the SMSC speaks only TLS');
      const run = await runPerlClient({ port: rig.g.ports.tls!, tls: true, wait: 10, expectDlr: BUILTIN_SUITE.length });
      try {
        assert.match(run.tls ?? '', /^TLSv1[._][23] /, 'the client negotiated TLS 1.2 or 1.3');
        assertClientGotEverything(run, BUILTIN_SUITE.length);
        await rig.smsc.waitLog((r) => r.filter((e) => e.event === 'deliver_sm_resp').length >= BUILTIN_SUITE.length);
        assertSuiteAtSmsc(rig.smsc.records());
      } catch (err) {
        console.error(transcript({ client: run.output, smsc: rig.smsc.child.stdout() }));
        throw err;
      }
    } finally {
      await rig.stop();
    }
  });

  test('phiwall does not bind to a TLS SMSC whose certificate its CA did not sign', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phiwall-interop-tls-'));
    const ours = await writeCerts(dir, 'ours');
    const theirs = await writeCerts(dir, 'theirs');
    const smsc = await startPerlSmsc({ dir, tls: { cert: theirs.cert, key: theirs.key } });
    const g = await startGateway({ carrierPort: smsc.port, upstream: { tls: { ca: ours.ca, servername: 'localhost' } } });
    try {
      // reconnect_min is 50 ms in tests: many handshakes are tried (and refused) in this time.
      await sleep(1500);
      assert.not.ok(g.gw.ready, 'no upstream bind');
      assert.is(smsc.records().filter((r) => r.event.startsWith('bind_')).length, 0, 'the SMSC never saw a bind');
      assert.match(smsc.child.stdout(), /TLS accept failed/, 'the handshakes were refused by phiwall');
    } finally {
      await g.stop();
      await smsc.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
