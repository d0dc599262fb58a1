// phiwall killed with -9 mid-traffic and started again (a child process, Redis-backed): nothing is sent to
// the carrier twice (no resend on restart), receipts for messages sent before the kill are routed after it
// with the ids the client was given, and replies queued for a client bound nowhere survive the kill.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startCarrier } from '../helpers/carrier.js';
import type { Esme } from '../helpers/esme.js';
import { freePort, sleep, waitFor } from '../helpers/net.js';
import { Status } from '../../src/codec/status.js';
import { REDIS_URL, deletePrefix, redisGate, testPrefix } from '../store/helpers.js';
import { bindWhenUp, report } from './helpers.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';
const up = await redisGate(test);

if (up) {
  test('kill -9 and restart: no duplicate submits, earlier receipts still routed, queued replies kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phiwall-kill-'));
    const prefix = testPrefix('kill');
    const carrier = await startCarrier();
    const port = await freePort();
    const file = join(dir, 'phiwall.yaml');
    writeFileSync(
      file,
      stringify({
        listeners: [{ name: 'plain', host: '127.0.0.1', port }],
        upstreams: [{ name: 'carrier', host: '127.0.0.1', port: carrier.port, tls: false, system_id: 'gw', password: 'pw', reconnect_min: 50, reconnect_max: 200 }],
        clients: [
          { system_id: 'emr', password: 'emrpass', upstream: 'carrier', mo_addresses: ['12345'] },
          { system_id: 'lab', password: 'labpass', upstream: 'carrier', mo_addresses: ['7000*'] },
        ],
        audit: { path: join(dir, 'audit.log'), key: 'kill-test-audit-key-0123456789abcdef0123' },
        redis: { url: REDIS_URL, prefix },
        log: { level: 'warn' },
      }),
    );
    let child: ChildProcess = spawn(process.execPath, [MAIN, 'start', '--config', file], { stdio: 'ignore' });
    let emr: Esme | undefined;
    try {
      emr = await bindWhenUp(port, 'emr', 'emrpass');
      await waitFor(() => carrier.sessions.length > 0, 5000);
      const sent: { dest: string; clientId: string }[] = [];
      for (let i = 0; i < 20; i++) {
        const dest = `1555030${String(i).padStart(4, '0')}`;
        const r = await emr.submit({ source_addr: '12345', destination_addr: dest, short_message: TEXT, registered_delivery: 1 });
        assert.is(r.command_status, 0);
        sent.push({ dest, clientId: r.message_id });
      }
      const carrierId = (dest: string) => [...carrier.byId.entries()].find(([, p]) => p.destination_addr === dest)![0];
      for (let i = 0; i < 3; i++) {
        const mo = await carrier.deliver({ source_addr: `155503100${i}`, destination_addr: '70001', esm_class: 0, short_message: `reply ${i}` });
        assert.is(mo.command_status, Status.ESME_ROK, 'queued for lab, bound nowhere');
      }
      // A stream of submits, and the kill in the middle of it.
      let k = 0;
      const pump = setInterval(() => {
        for (let j = 0; j < 5; j++) void emr!.submit({ source_addr: '12345', destination_addr: `1555032${String(k++).padStart(4, '0')}`, short_message: TEXT }).catch(() => undefined);
      }, 5);
      await waitFor(() => carrier.submits.length > 60, 5000);
      child.kill('SIGKILL');
      clearInterval(pump);
      await new Promise((r) => child.once('exit', r));
      const atKill = carrier.submits.length;

      child = spawn(process.execPath, [MAIN, 'start', '--config', file], { stdio: 'ignore' });
      const t0 = performance.now();
      await emr.close().catch(() => undefined);
      emr = await bindWhenUp(port, 'emr', 'emrpass');
      const restartMs = performance.now() - t0;
      await waitFor(() => carrier.sessions.some((s) => !s.socket.destroyed), 5000);
      await sleep(300);
      assert.is(carrier.submits.length, atKill, 'nothing was re-sent on restart');
      const dests = carrier.submits.map((s) => s.destination_addr as string);
      assert.is(new Set(dests).size, dests.length, 'no destination reached the carrier twice');

      // Receipts for messages submitted before the kill come back with the client's ids.
      for (const s of sent) assert.is((await carrier.receiptFor(carrierId(s.dest))).command_status, 0);
      const got = await emr.waitDeliveries(sent.length, 5000);
      assert.equal(got.map((d) => d.receipted_message_id), sent.map((s) => s.clientId));

      const lab = await bindWhenUp(port, 'lab', 'labpass', 'receiver');
      const replies = await lab.waitDeliveries(3, 5000);
      assert.equal(replies.map((d) => String(d.short_message?.message ?? d.short_message)), ['reply 0', 'reply 1', 'reply 2']);
      await lab.close();
      report('kill -9 and restart', { submitsBeforeKill: atKill, pumped: k, restartToBindMs: restartMs });
    } finally {
      await emr?.close().catch(() => undefined);
      child.kill('SIGKILL');
      await carrier.close();
      await deletePrefix(prefix);
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
