import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAltNames } from '../../src/certs/alt-names.js';
import { systemIdFromPeerCertificate } from '../../src/certs/client-identity.js';
import { parseSubjectAltNames } from '../../src/certs/info.js';

test('SAN lists split into DNS, IP, URI and email entries, deduplicated', () => {
  assert.equal(parseAltNames('localhost, 127.0.0.1,::1,[fe80::1],GW.example.org,*.example.org,uri:phiwall:client:emr,email:ops@example.org,localhost'), {
    ok: true,
    altNames: [
      { type: 'dns', value: 'localhost' },
      { type: 'ip', value: '127.0.0.1' },
      { type: 'ip', value: '::1' },
      { type: 'ip', value: 'fe80::1' },
      { type: 'dns', value: 'gw.example.org' },
      { type: 'dns', value: '*.example.org' },
      { type: 'uri', value: 'phiwall:client:emr' },
      { type: 'email', value: 'ops@example.org' },
    ],
  });
});

test('malformed SAN entries are reported, not thrown', () => {
  for (const bad of ['bad name', 'a..b', '-x.org', 'uri:nocolon', 'email:nobody', 'x'.repeat(64) + '.org']) {
    const res = parseAltNames(bad);
    assert.is(res.ok, false, bad);
  }
});

test("node's subjectaltname text is split, quoted values decoded", () => {
  assert.equal(parseSubjectAltNames('DNS:a.example, IP Address:127.0.0.1, URI:phiwall:client:emr'), [
    'DNS:a.example',
    'IP Address:127.0.0.1',
    'URI:phiwall:client:emr',
  ]);
  assert.equal(parseSubjectAltNames('DNS:"a, b", URI:x:y'), ['DNS:a, b', 'URI:x:y']);
  assert.equal(parseSubjectAltNames(''), []);
});

test('system_id comes from the phiwall URI SAN, else the CN', () => {
  assert.is(systemIdFromPeerCertificate({ subject: { CN: 'other' }, subjectaltname: 'URI:phiwall:client:emr%2Bx' }), 'emr+x');
  assert.is(systemIdFromPeerCertificate({ subject: { CN: 'lab' }, subjectaltname: 'DNS:lab.example' }), 'lab');
  assert.is(systemIdFromPeerCertificate({ subject: { CN: 'lab' }, subjectaltname: 'URI:phiwall:client:%E0%A4%A' }), 'lab');
  assert.is(systemIdFromPeerCertificate({ subject: { CN: 'much-too-long-system-id' } }), undefined);
  assert.is(systemIdFromPeerCertificate({}), undefined);
  assert.is(systemIdFromPeerCertificate(null), undefined);
});

test.run();
