// The `admin:` section as the config loader sees it: defaults, the three token forms, and errors that name
// the path but never echo a token.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig, ConfigError } from '../../src/config/load.js';
import { adminConfigSchema } from '../../src/admin/config-schema.js';
import { Authenticator } from '../../src/admin/auth.js';

const BASE = `
listeners: [{ name: plain, port: 0 }]
upstreams: [{ name: carrier, host: 127.0.0.1, port: 1, system_id: gw }]
clients: [{ system_id: emr, password: emrpass, upstream: carrier }]
audit: { path: /tmp/phiwall-admin-config-test/audit.log }
`;

async function issues(adminYaml: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  try {
    await parseConfig(BASE + adminYaml, 'test.yaml', { env, checkFiles: false });
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.issues;
    throw e;
  }
}

test('without an admin section there is no admin API; an empty one listens on 127.0.0.1:9090', async () => {
  assert.is((await parseConfig(BASE, 'x', { checkFiles: false })).admin, undefined);
  const cfg = await parseConfig(BASE + 'admin: {}\n', 'x', { checkFiles: false });
  assert.equal(cfg.admin, { host: '127.0.0.1', port: 9090, tokens: [], mtls: [], max_body: 65536 });
});

test('tokens come from the environment; the three stored forms are accepted', async () => {
  const cfg = await parseConfig(
    BASE +
      `admin:
  tokens:
    - { token: "\${PHIWALL_ADMIN_TOKEN}", role: operator, name: noc }
    - { token: "sha256:${'ab'.repeat(32)}", role: viewer, name: wall }
    - { token: "scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=", role: privacy, name: privacy-officer }
`,
    'x',
    { env: { PHIWALL_ADMIN_TOKEN: 'from-the-environment-0123' }, checkFiles: false },
  );
  assert.equal(cfg.admin!.tokens.map((t) => t.name), ['noc', 'wall', 'privacy-officer']);
  assert.equal(Authenticator.plainTokenNames(cfg.admin!), ['noc']);
});

test('a missing environment variable is an error, not an empty token', async () => {
  // In a YAML flow map `${` would open a nested map: the reference is quoted.
  const got = await issues('admin: { tokens: [{ token: "${PHIWALL_ADMIN_TOKEN}", role: operator, name: noc }] }\n');
  assert.ok(got.some((i) => i.includes('PHIWALL_ADMIN_TOKEN is not set')), got.join('\n'));
});

test('short plain tokens and malformed hashes are refused without echoing them', async () => {
  const got = await issues(`admin:
  tokens:
    - { token: hunter2, role: operator, name: a }
    - { token: "sha256:beef", role: viewer, name: b }
    - { token: "scrypt$x", role: viewer, name: c }
`);
  assert.is(got.length, 3, got.join('\n'));
  assert.match(got[0]!, /^admin\.tokens\[0\]\.token: a plain token must be at least 16 characters/);
  assert.match(got[1]!, /^admin\.tokens\[1\]\.token: malformed sha256/);
  assert.match(got[2]!, /^admin\.tokens\[2\]\.token: malformed scrypt/);
  for (const i of got) for (const secret of ['hunter2', 'beef', 'scrypt$x']) assert.not.ok(i.includes(secret), i);
});

test('roles are viewer, operator or privacy', async () => {
  const got = await issues('admin: { tokens: [{ token: 0123456789abcdef0123, role: admin, name: a }] }\n');
  assert.equal(got, ['admin.tokens[0].role: Invalid option: expected one of "viewer"|"operator"|"privacy"']);
});

test('token names are unique (they identify the caller in the audit trail)', async () => {
  const got = await issues(`admin:
  tokens:
    - { token: 0123456789abcdef0124, role: viewer, name: b }
    - { token: 0123456789abcdef0125, role: viewer, name: b }
`);
  assert.equal(got, ['admin.tokens[1].name: duplicate token name "b"']);
});

test('mtls identities need a TLS listener that asks for client certificates, with a CA', () => {
  const r = adminConfigSchema.safeParse({ mtls: [{ identity: 'noc-console', role: 'operator' }] });
  assert.not.ok(r.success);
  const r2 = adminConfigSchema.safeParse({ tls: { cert: 'a', key: 'b', requestClientCert: true } });
  assert.not.ok(r2.success);
  assert.equal(r2.error!.issues.map((i) => i.path.join('.')), ['tls.ca']);
});

test.run();
