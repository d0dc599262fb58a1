// Wireshark's view of a short run: the plain-TCP traffic on phiwall's client port and on its carrier port
// (netsmpp-client.pl → phiwall → netsmpp-smsc.pl, the built-in suite with receipts) decodes into
// well-formed submit_sm / submit_sm_resp / deliver_sm / deliver_sm_resp whose sequence numbers pair up on each
// leg, the submits cross phiwall byte-identical but for sequence_number, and Wireshark reports nothing
// malformed. Skips, saying why, when tshark cannot capture here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { interopGate, perlPeersMissing } from './tools.js';
import { startRig } from './rig.js';
import { pickPort } from './ports.js';
import { runPerlClient } from './perl-client.js';
import { assertClientGotEverything, BUILTIN_SUITE, transcript } from './builtin-suite.js';
import { decodeCapture, expertReports, startCapture, tsharkMissing, waitInCapture, type Capture, type WirePdu } from './tshark.js';

const missing = perlPeersMissing() ?? tsharkMissing();

/** Whether tshark may capture on lo here (root or capture capabilities): tried once, briefly. */
async function captureProbe(): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-tshark-probe-'));
  try {
    const c = await startCapture([await pickPort()], join(dir, 'probe.pcap'));
    if (typeof c === 'string') return c;
    await c.stop();
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cannotCapture = missing === undefined ? await captureProbe() : undefined;
if (cannotCapture) {
  // Not a missing tool but a missing permission: skipped even under PHIWALL_REQUIRE_INTEROP=1.
  console.warn(`NOTE: tshark interop SKIPPED: ${cannotCapture}`);
  test.skip(`Wireshark decodes phiwall's traffic (${cannotCapture})`, () => undefined);
} else if (interopGate(test, 'tshark interop', missing)) {
  test('Wireshark decodes both legs: paired sequence numbers, submits byte-identical across phiwall, nothing malformed', async () => {
    const pcapDir = mkdtempSync(join(tmpdir(), 'phiwall-interop-tshark-'));
    const pcap = join(pcapDir, 'run.pcap');
    const clientPort = await pickPort();
    let carrierPort = 0;
    let capture: Capture | undefined;
    try {
      const rig = await startRig({
        gateway: { listeners: [{ name: 'plain', host: '127.0.0.1', port: clientPort }] },
        // Capture from before phiwall starts, so its upstream bind is on the record too.
        via: async (smscPort) => {
          carrierPort = smscPort;
          const c = await startCapture([clientPort, smscPort], pcap);
          if (typeof c === 'string') throw new Error(c);
          capture = c;
          return smscPort;
        },
      });
      try {
        const run = await runPerlClient({ port: clientPort, wait: 10, expectDlr: BUILTIN_SUITE.length });
        try {
          assertClientGotEverything(run, BUILTIN_SUITE.length);
        } catch (err) {
          console.error(transcript({ client: run.output, smsc: rig.smsc.child.stdout() }));
          throw err;
        }
        await rig.smsc.waitLog((r) => r.filter((e) => e.event === 'deliver_sm_resp').length >= BUILTIN_SUITE.length);
      } finally {
        await rig.stop(); // phiwall unbinds from the SMSC while the capture still runs
      }
      // The carrier leg's unbind_resp is the last PDU of the run: stop once it is in the file.
      await waitInCapture(pcap, [carrierPort], `tcp.port == ${carrierPort} && smpp.command_id == 0x80000006`, 5000);
      await capture!.stop();
      capture = undefined;

      const { pdus, output } = await decodeCapture(pcap, [clientPort, carrierPort]);
      try {
        const client = leg(pdus, clientPort);
        const carrier = leg(pdus, carrierPort);
        const n = BUILTIN_SUITE.length;
        assertPaired(client, 'submit_sm', 'toPhiwall', n, 'client leg');
        assertPaired(client, 'deliver_sm', 'fromPhiwall', n, 'client leg');
        assertPaired(carrier, 'submit_sm', 'fromPhiwall', n, 'carrier leg');
        assertPaired(carrier, 'deliver_sm', 'toPhiwall', n, 'carrier leg');
        assertPaired(client, 'bind_transceiver', 'toPhiwall', 1, 'client leg');
        assertPaired(carrier, 'bind_transceiver', 'fromPhiwall', 1, 'carrier leg');
        assertPaired(client, 'unbind', 'toPhiwall', 1, 'client leg');
        assertPaired(carrier, 'unbind', 'fromPhiwall', 1, 'carrier leg');
        for (const p of [...client.fromPhiwall, ...carrier.fromPhiwall]) assert.is(p.status, 0, `${p.command} seq=${p.seq}: ESME_ROK`);
        for (const d of client.fromPhiwall.filter((p) => p.command === 'deliver_sm')) assert.is(d.fields.esm, '0x04', 'receipts reach the client as receipts');

        // Wireshark sees the same submit_sm octets on both sides of phiwall, but for sequence_number.
        const bodies = (ps: WirePdu[]) => ps.filter((p) => p.command === 'submit_sm').map((p) => withoutSequence(p.raw ?? '')).sort();
        assert.equal(bodies(carrier.fromPhiwall), bodies(client.toPhiwall), 'submit_sm byte-identical across phiwall');
        const vendor = carrier.fromPhiwall.find((p) => p.fields.dst === '4915550002');
        assert.match(vendor?.tlvs ?? '', /0x1401\/4\(/, 'Wireshark sees vendor TLV 0x1401 (4 octets) at the carrier');
        assert.ok(vendor?.raw?.includes('14010004deadbeef'), 'with value deadbeef');
      } catch (err) {
        console.error(output);
        throw err;
      }
      assert.equal(await expertReports(pcap, [clientPort, carrierPort]), [], 'Wireshark reports nothing malformed and no warnings');
    } finally {
      await capture?.stop();
      rmSync(pcapDir, { recursive: true, force: true });
    }
  });
}

interface Leg {
  toPhiwall: WirePdu[];
  fromPhiwall: WirePdu[];
}

/** PDUs on one port, split by direction (phiwall listens on the client port and dials the carrier port). */
function leg(pdus: WirePdu[], port: number): Leg {
  const isCarrierLeg = pdus.some((p) => p.dstPort === port && p.command === 'bind_transceiver' && p.fields.system_id === 'gateway');
  const into = (p: WirePdu) => (isCarrierLeg ? p.srcPort === port : p.dstPort === port);
  const onPort = pdus.filter((p) => p.srcPort === port || p.dstPort === port);
  return { toPhiwall: onPort.filter(into), fromPhiwall: onPort.filter((p) => !into(p)) };
}

/** `n` requests one way, `n` responses the other, with the same sequence numbers. */
function assertPaired(l: Leg, command: string, requestsGo: keyof Leg, n: number, where: string): void {
  const back: keyof Leg = requestsGo === 'toPhiwall' ? 'fromPhiwall' : 'toPhiwall';
  const requests = l[requestsGo].filter((p) => p.command === command);
  const responses = l[back].filter((p) => p.command === `${command}_resp`);
  assert.is(requests.length, n, `${where}: ${n} ${command} seen by Wireshark`);
  assert.is(responses.length, n, `${where}: ${n} ${command}_resp seen by Wireshark`);
  const seqs = (ps: WirePdu[]) => ps.map((p) => p.seq).sort((a, b) => a - b);
  assert.equal(seqs(responses), seqs(requests), `${where}: ${command}_resp sequence numbers match the ${command}s`);
}

function withoutSequence(rawHex: string): string {
  return rawHex.slice(0, 24) + rawHex.slice(32);
}

test.run();
