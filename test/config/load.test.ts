// Config loading: the documented minimal shape works as written; every error is reported with its path.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig, ConfigError } from '../../src/config/load.js';

const MINIMAL = `
listeners:
  - name: plain
    host: 127.0.0.1
    port: 2775
upstreams:
  - name: carrier
    host: smsc.example.net
    port: 3775
    tls: false
    system_id: gateway
    password: \${CARRIER_PASSWORD}
    bind: transceiver
clients:
  - system_id: emr
    password: emrpass
    upstream: carrier
    policy: strict
audit:
  path: var/audit.log
redis:
  url: redis://127.0.0.1:6379/0
`;

async function errorsOf(text: string, env: NodeJS.ProcessEnv = { CARRIER_PASSWORD: 'x' }): Promise<string[]> {
  try {
    await parseConfig(text, 'test.yaml', { env, checkFiles: false });
  } catch (e) {
    if (e instanceof ConfigError) return e.issues;
    throw e;
  }
  return [];
}

test('the minimal shape from the gateway-core issue loads, with defaults, frozen', async () => {
  const c = await parseConfig(MINIMAL, 'test.yaml', { env: { CARRIER_PASSWORD: 'sekret' }, checkFiles: false });
  assert.is(c.upstreams[0]!.password, 'sekret');
  assert.is(c.upstreams[0]!.window, 50);
  assert.is(c.ids.ttl, 72 * 3600 * 1000);
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.clients[0]));
});

test('the issue’s TLS listener and upstream forms load', async () => {
  const text = MINIMAL.replace('    tls: false\n', '    tls: { ca: certs/carrier-ca.crt, servername: smsc.example.net }\n').replace(
    '    port: 2775\n',
    '    port: 2775\n  - name: tls\n    host: 0.0.0.0\n    port: 3775\n    tls: { cert: certs/server.crt, key: certs/server.key }\n',
  );
  const c = await parseConfig(text, 'test.yaml', { env: { CARRIER_PASSWORD: 'x' }, checkFiles: false });
  assert.is(c.listeners[1]!.tls!.cert, 'certs/server.crt');
  assert.equal(c.upstreams[0]!.tls, { ca: 'certs/carrier-ca.crt', servername: 'smsc.example.net', rejectUnauthorized: true });
});

test('an unknown upstream is reported with its path, with the other errors', async () => {
  const text = MINIMAL.replace('upstream: carrier', 'upstream: carier').replace('port: 2775', 'port: 99999').replace('policy: strict', 'policy: stirct');
  const issues = await errorsOf(text);
  assert.ok(issues.includes('listeners[0].port: Too big: expected number to be <=65535'), issues.join('\n'));
  // Cross-references are checked once the shape is valid, so fix the port and look again.
  const issues2 = await errorsOf(text.replace('port: 99999', 'port: 2775'));
  assert.ok(issues2.includes('clients[0].upstream: unknown upstream "carier"'), issues2.join('\n'));
  assert.ok(issues2.includes('clients[0].policy: unknown policy "stirct"'), issues2.join('\n'));
});

test('a missing environment variable is an error, never an empty secret', async () => {
  const issues = await errorsOf(MINIMAL, {});
  assert.ok(issues.some((i) => i.startsWith('upstreams[0].password: environment variable CARRIER_PASSWORD is not set')), issues.join('\n'));
});

test('unknown keys, duplicates and bad durations are errors', async () => {
  const text = MINIMAL.replace('    bind: transceiver', '    bind: transceiver\n    windw: 10\n    response_timeout: soon').replace(
    'clients:\n',
    'clients:\n  - system_id: emr\n    password: x\n    upstream: carrier\n',
  );
  const issues = await errorsOf(text);
  assert.ok(issues.some((i) => i.startsWith('upstreams[0]: Unrecognized key') && i.includes('windw')), issues.join('\n'));
  assert.ok(issues.some((i) => i.startsWith('upstreams[0].response_timeout: not a duration')), issues.join('\n'));
  const dups = await errorsOf(MINIMAL.replace('clients:\n', 'clients:\n  - system_id: emr\n    password: x\n    upstream: carrier\n'));
  assert.ok(dups.includes('clients[1].system_id: duplicate system_id "emr"'), dups.join('\n'));
});

test('YAML syntax errors and a wrong root are reported, not thrown raw', async () => {
  assert.ok((await errorsOf('listeners: [')).some((i) => i.startsWith('YAML:')));
  assert.ok((await errorsOf('- a\n- b\n')).includes('(root): expected a mapping'));
});

test('referenced certificate files must exist', async () => {
  const text = MINIMAL.replace('    port: 2775\n', '    port: 2775\n    tls: { cert: /nonexistent/server.crt, key: /nonexistent/server.key }\n');
  try {
    await parseConfig(text, 'test.yaml', { env: { CARRIER_PASSWORD: 'x' } });
    assert.unreachable();
  } catch (e) {
    assert.ok((e as ConfigError).issues.includes('listeners[0].tls.cert: cannot read "/nonexistent/server.crt"'));
  }
});

test('malformed allow-list entries and scrypt hashes are errors', async () => {
  const text = MINIMAL.replace('    password: emrpass\n', '    password: scrypt$bad\n    allow: [10.0.0.0/40, nonsense]\n');
  const issues = await errorsOf(text);
  assert.ok(issues.includes('clients[0].password: malformed scrypt hash: expected scrypt$N$r$p$salt$hash'), issues.join('\n'));
  assert.ok(issues.includes('clients[0].allow[0]: bad prefix length in "10.0.0.0/40"'), issues.join('\n'));
  assert.ok(issues.includes('clients[0].allow[1]: not an IP address or CIDR: "nonsense"'), issues.join('\n'));
});

test.run();
