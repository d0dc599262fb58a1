// Test certificates written to a directory: a CA, a server certificate for 127.0.0.1/localhost, a client
// certificate for `noc-console` from that CA, and one for the same name from a CA nobody trusts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAltNames } from '../../src/certs/alt-names.js';
import { createCertificateAuthority } from '../../src/certs/authority.js';
import { issueClientCertificate, issueServerCertificate } from '../../src/certs/issue.js';

export interface CertFiles {
  dir: string;
  ca: string;
  cert: string;
  key: string;
  client: { cert: string; key: string };
  stranger: { cert: string; key: string };
  remove(): void;
}

export async function makeCertFiles(clientName = 'noc-console'): Promise<CertFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-admin-certs-'));
  const sans = parseAltNames('localhost,127.0.0.1');
  if (!sans.ok) throw new Error(sans.error);
  const ca = await createCertificateAuthority({ commonName: 'admin test CA' });
  const otherCa = await createCertificateAuthority({ commonName: 'stranger CA' });
  const server = await issueServerCertificate(ca, { altNames: sans.altNames });
  const client = await issueClientCertificate(ca, { systemId: clientName });
  const stranger = await issueClientCertificate(otherCa, { systemId: clientName });
  const write = (name: string, pem: string) => {
    const p = join(dir, name);
    writeFileSync(p, pem);
    return p;
  };
  return {
    dir,
    ca: write('ca.crt', ca.certPem),
    cert: write('server.crt', server.certPem),
    key: write('server.key', server.keyPem),
    client: { cert: write('client.crt', client.certPem), key: write('client.key', client.keyPem) },
    stranger: { cert: write('stranger.crt', stranger.certPem), key: write('stranger.key', stranger.keyPem) },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
