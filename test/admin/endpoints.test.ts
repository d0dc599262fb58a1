// The read-only endpoints and the policy test against a running gateway with a bound client: sessions,
// upstreams, stats, Prometheus metrics (counters after a submit, certificate expiry days), the audit tail
// without digests or macs, and /policy/test answering exactly what `phiwall scan --json` prints.
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startAdminRig, TOKENS, type AdminRig } from './helpers.js';
import { makeCertFiles, type CertFiles } from './certs.js';
import { connectEsme, type Esme } from '../helpers/esme.js';
import { scanTexts } from '../../src/cli/scan.js';
import { BUILTIN_POLICIES } from '../../src/inspection/policy/builtins.js';
import { certificateInfo } from '../../src/certs/info.js';

let certs: CertFiles;
let rig: AdminRig;
let esme: Esme;

const BENIGN = 'Your appointment is confirmed for March 14 at 10:30 AM.';
const NAMED = 'Reminder for Maria Garcia: appointment tomorrow 10am';
const DESTINATION = '15550009876';

test.before(async () => {
  certs = await makeCertFiles();
  rig = await startAdminRig({
    listeners: [
      { name: 'plain', host: '127.0.0.1', port: 0 },
      { name: 'tls', host: '127.0.0.1', port: 0, tls: { cert: certs.cert, key: certs.key, ca: certs.ca, requestClientCert: true } },
    ],
  });
  esme = await connectEsme({ port: rig.g.port, system_id: 'emr', password: 'emrpass' });
  assert.is((await esme.submit({ source_addr: '12345', destination_addr: DESTINATION, short_message: BENIGN })).command_status, 0);
  assert.is((await esme.submit({ source_addr: '12345', destination_addr: DESTINATION, short_message: NAMED })).command_status, 0);
});

test.after(async () => {
  await esme.close();
  await rig.stop();
  certs.remove();
});

const viewer = (path: string) => rig.call(path, { token: TOKENS.viewer });

test('/sessions lists the bound client without credentials', async () => {
  const { json, text } = await viewer('/sessions');
  const s = json.sessions.find((x: any) => x.system_id === 'emr');
  assert.ok(s, text);
  assert.is(s.mode, 'transceiver');
  assert.is(s.listener, 'plain');
  assert.match(s.peer, /^(::ffff:)?127\.0\.0\.1:\d+$/);
  assert.is(s.bound, true);
  assert.ok(Date.parse(s.bound_since) <= Date.now());
  assert.is(s.in_flight, 0);
  assert.not.match(text, 'emrpass');
});

test('/upstreams shows each bind’s state, in flight and queued, and no credentials', async () => {
  const { json, text } = await viewer('/upstreams');
  assert.is(json.upstreams.length, 1);
  const u = json.upstreams[0];
  assert.is(u.name, 'carrier');
  assert.is(u.bound, 1);
  assert.equal(u.binds, [{ bind: 'carrier#0', state: 'bound', in_flight: 0, queued: 0 }]);
  assert.not.match(text, 'gwpass');
});

test('/stats counts messages, decisions by action and findings by category', async () => {
  const { json } = await viewer('/stats');
  assert.is(json.ready, true);
  assert.is(json.audit_healthy, true);
  assert.is(json.submits, 2);
  assert.is(json.decisions.allow, 1);
  // Rewrites are counted by what they did to the message.
  assert.is(json.decisions.redact, 1);
  assert.is(json.findings.name, 1);
  assert.equal(json.sessions, { bound: 1, open: 1 });
  assert.equal(json.upstreams, [{ name: 'carrier', bound: 1, binds: 1 }]);
  assert.ok(json.policies.includes('strict'));
});

test('/metrics is Prometheus text with the counters of the submits', async () => {
  const r = await viewer('/metrics');
  assert.is(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', 'text/plain');
  assert.match(r.text, /phiwall_pdus_total\{direction="in",command="submit_sm",status=""\} 2/);
  assert.match(r.text, /phiwall_decisions_total\{action="allow",policy="strict"\} 1/);
  assert.match(r.text, /phiwall_findings_total\{category="name"\} 1/);
  assert.match(r.text, /phiwall_upstream_binds_bound\{upstream="carrier"\} 1/);
  assert.match(r.text, /phiwall_upstream_window_in_use\{upstream="carrier"\} 0/);
  assert.match(r.text, /phiwall_inspection_seconds_count 2/);
  assert.not.match(r.text, 'Maria');
});

test('/metrics has the expiry days of each configured certificate', async () => {
  const r = await viewer('/metrics');
  const days = certificateInfo(readFileSync(certs.cert)).daysToExpiry;
  const caDays = certificateInfo(readFileSync(certs.ca)).daysToExpiry;
  assert.match(r.text, `phiwall_certificate_expiry_days{certificate="listener/tls"} ${days}`);
  assert.match(r.text, `phiwall_certificate_expiry_days{certificate="listener/tls/ca"} ${caDays}`);
  assert.ok(days > 300);
});

test('/audit/recent shows the last records without macs, digests or typed-in text', async () => {
  const { json, text } = await viewer('/audit/recent?n=5');
  assert.ok(json.records.length >= 2 && json.records.length <= 5, text);
  const submits = json.records.filter((r: any) => r.type === 'submit');
  assert.is(submits.length, 2);
  for (const r of submits) {
    assert.is(r.client, 'emr');
    assert.is(typeof r.seq, 'number');
    assert.is(r.destination_count, 1);
    for (const hidden of ['mac', 'content_mac', 'destinations']) assert.is(r[hidden], undefined, hidden);
  }
  assert.equal(submits.map((r: any) => r.action), ['allow', 'rewrite']);
  assert.equal(submits[1].categories, { name: 1 });
  const seqs = json.records.map((r: any) => r.seq);
  assert.equal(seqs, [...seqs].sort((a: number, b: number) => a - b), 'oldest first');
  // The destination's last digits are in the file (as last4) but not shown.
  assert.not.match(text, DESTINATION.slice(-4));
  assert.not.match(text, 'Maria');
});

test('/audit/recent validates n', async () => {
  assert.is((await viewer('/audit/recent?n=0')).status, 400);
  assert.is((await viewer('/audit/recent?n=abc')).status, 400);
  assert.is((await viewer('/audit/recent?n=501')).status, 400);
  assert.is((await viewer('/audit/recent?n=1')).json.records.length, 1);
});

test('/policy/test answers what `phiwall scan --json` prints', async () => {
  for (const [policy, text] of [
    ['strict', NAMED],
    ['strict', 'Your HIV test results are positive'],
    ['monitor', 'Your HIV test results are positive'],
    ['strict', BENIGN],
  ] as const) {
    const r = await rig.call('/policy/test', { token: TOKENS.operator, body: { text, policy } });
    assert.is(r.status, 200, r.text);
    const [expected] = await scanTexts([text], BUILTIN_POLICIES.get(policy)!);
    assert.equal(r.json, JSON.parse(JSON.stringify(expected)));
  }
});

test('/policy/test uses strict when no policy is named', async () => {
  const r = await rig.call('/policy/test', { token: TOKENS.operator, body: { text: 'Your HIV test results are positive' } });
  assert.is(r.json.action, 'block');
  assert.is(r.json.status, 'ESME_RSUBMITFAIL');
  assert.match(r.json.policy, /^strict@/);
});

test.run();
