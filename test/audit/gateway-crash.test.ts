// kill -9 during traffic: every record written before the kill still verifies, and no message reached the
// carrier without its decision record (the record is durable before the submit is forwarded).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startRawCarrier } from '../helpers/raw-carrier.js';
import { rawConnect } from '../helpers/raw-client.js';
import { freePort, sleep, waitFor } from '../helpers/net.js';
import { submitSm } from '../helpers/pdus.js';
import { encodeText } from '../../src/codec/text/index.js';
import { decodePdu, type SubmitSmFields } from '../../src/codec/pdu.js';
import { Cmd } from '../../src/codec/commands.js';
import { auditConfigSchema } from '../../src/audit/config.js';
import { resolveAuditKey } from '../../src/audit/keys.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { destinationDigest } from '../../src/audit/digest.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const KEY = 'crash-test-audit-key-0123456789abcdef0123';

test('kill -9 mid-traffic: the trail verifies and every forwarded message has its record', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-crash-'));
  const carrier = await startRawCarrier();
  const port = await freePort();
  const file = join(dir, 'phiwall.yaml');
  const audit = { path: join(dir, 'audit.log'), key: KEY };
  writeFileSync(
    file,
    stringify({
      listeners: [{ name: 'plain', host: '127.0.0.1', port }],
      upstreams: [{ name: 'carrier', host: '127.0.0.1', port: carrier.port, tls: false, system_id: 'gw', password: 'pw', window: 200 }],
      clients: [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier' }],
      audit,
      session: { window: 200 },
      log: { level: 'warn' },
    }),
  );
  const child = spawn(process.execPath, [MAIN, 'start', '--config', file], { stdio: 'ignore' });
  try {
    let client;
    for (let i = 0; ; i++) {
      try {
        client = await rawConnect(port);
        if ((await client.bind('emr', 'emrpass')) === 0) break;
      } catch {
        if (i > 100) throw new Error('gateway did not start');
        await sleep(100);
      }
    }
    await waitFor(() => carrier.sockets.size > 0, 5000);
    // Keep a stream of submits going, then kill the gateway in the middle of it.
    let sent = 0;
    const pump = setInterval(() => {
      for (let i = 0; i < 50; i++) {
        sent++;
        client!.send(submitSm(sent, { destination_addr: `1555${String(sent).padStart(7, '0')}`, short_message: encodeText('See you at 9am.', 'gsm7')! }));
      }
    }, 5);
    await waitFor(() => carrier.of(Cmd.submit_sm).length > 300, 10_000);
    child.kill('SIGKILL');
    clearInterval(pump);
    await new Promise((r) => child.once('exit', r));

    const cfg = auditConfigSchema.parse(audit);
    const keys = await resolveAuditKey(cfg, {}, undefined, { create: false });
    const result = await verifyAudit(cfg, keys);
    assert.ok(result.ok, `verify: ${JSON.stringify(!result.ok && result.firstBad)}`);

    const recorded = new Set(
      readFileSync(audit.path, 'utf8')
        .split('\n')
        .filter((l) => l.includes('"type":"submit"'))
        .flatMap((l) => {
          try {
            return (JSON.parse(l) as { destinations: { hash: string }[] }).destinations.map((d) => d.hash);
          } catch {
            return []; // the torn last line
          }
        }),
    );
    const forwarded = carrier.of(Cmd.submit_sm);
    assert.ok(forwarded.length > 300 && sent > forwarded.length / 2);
    for (const f of forwarded) {
      const d = decodePdu(f);
      assert.ok(d.ok);
      const dest = (d.pdu.fields as SubmitSmFields).destination_addr;
      assert.ok(recorded.has(destinationDigest(keys, dest).hash), 'a forwarded message without its audit record');
    }
  } finally {
    child.kill('SIGKILL');
    await carrier.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
