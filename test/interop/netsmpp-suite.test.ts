// Perl Net::SMPP on both sides of phiwall: netsmpp-client.pl's built-in suite (GSM, TLVs with a vendor TLV,
// UCS-2, a 2-part UDH message, message_payload, UCS-2 with a 16-bit-ref UDH) goes through phiwall's strict
// policy to netsmpp-smsc.pl unchanged, and every delivery receipt comes back to the client.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { interopGate, perlPeersMissing } from './tools.js';
import { startRig } from './rig.js';
import { runPerlClient } from './perl-client.js';
import { submitsIn } from './smsc-log.js';
import { assertClientGotEverything, assertSuiteAtSmsc, BUILTIN_SUITE, transcript } from './builtin-suite.js';

if (interopGate(test, 'Net::SMPP interop', perlPeersMissing())) {
  test('the built-in suite passes phiwall (policy strict) octet for octet, and every receipt comes back', async () => {
    const rig = await startRig();
    try {
      const run = await runPerlClient({ port: rig.g.port, wait: 10, expectDlr: BUILTIN_SUITE.length, enquire: true });
      const why = () => transcript({ client: run.output, smsc: rig.smsc.child.stdout() });
      try {
        assertClientGotEverything(run, BUILTIN_SUITE.length);
        assert.equal(run.enquireLinkResps, [0], 'enquire_link answered');
        // The client has answered every receipt; phiwall passes each deliver_sm_resp on to the SMSC.
        const resps = await rig.smsc.waitLog((r) => {
          const x = r.filter((e) => e.event === 'deliver_sm_resp');
          return x.length >= BUILTIN_SUITE.length && x;
        });
        assert.ok(resps.every((e) => e.fields.status === '0x00000000'), 'the SMSC got ESME_ROK for every receipt');
        assertSuiteAtSmsc(rig.smsc.records());
      } catch (err) {
        console.error(why());
        throw err;
      }
    } finally {
      await rig.stop();
    }
  });

  test('a concatenated part is answered at once but held until its sibling arrives (even on a later bind)', async () => {
    const rig = await startRig();
    try {
      const part = (n: number, text: string) => ({ to: '4915550007', from: '12345', udh: `0500033c020${n}`, text });
      const first = await runPerlClient({ port: rig.g.port, wait: 1, msgs: [part(1, 'First half of a two-part notice; ')] });
      assert.is(first.code, 0, transcript({ client: first.output }));
      assert.is(first.responses[0]?.status, 0, 'part 1 answered ESME_ROK');
      assert.is(rig.g.gw.reassemblyPending, 1, 'part 1 is held');
      assert.is(submitsIn(rig.smsc.records()).length, 0, 'nothing reached the SMSC yet');

      // The first client has unbound; its receipt must still find the client on its next bind.
      const second = await runPerlClient({ port: rig.g.port, wait: 10, expectDlr: 2, msgs: [part(2, 'the second half.')] });
      const why = transcript({ first: first.output, second: second.output, smsc: rig.smsc.child.stdout() });
      assert.is(second.code, 0, why);
      assert.is(rig.g.gw.reassemblyPending, 0, 'nothing held any more');
      const arrived = submitsIn(rig.smsc.records());
      assert.equal(
        arrived.map((r) => r.fields.sm_hex),
        ['0500033c0201' + Buffer.from('First half of a two-part notice; ').toString('hex'), '0500033c0202' + Buffer.from('the second half.').toString('hex')],
        'both parts, in order, each with its UDH',
      );
      assert.ok(arrived.every((r) => r.fields.esm === '0x40'));
      assert.equal(
        second.delivers.map((d) => d.receiptedMessageId).sort(),
        [first.responses[0]!.messageId, second.responses[0]!.messageId].sort(),
        'receipts for both parts reach the bound client under the ids it was given',
      );
    } finally {
      await rig.stop();
    }
  });

  test('16-bit-ref UDH and SAR-TLV concatenations arrive whole, each part unchanged', async () => {
    const rig = await startRig();
    try {
      const msgs = [
        { to: '4915550010', dc: 8, udh: '060804beef0201', text: 'Erster Teil, ' },
        { to: '4915550010', dc: 8, udh: '060804beef0202', text: 'zweiter Teil ✓' },
        { to: '4915550011', text: 'SAR part one, ', tlvs: { '0x020c': '0042', '0x020e': '02', '0x020f': '01' } },
        { to: '4915550011', text: 'SAR part two.', tlvs: { '0x020c': '0042', '0x020e': '02', '0x020f': '02' } },
      ];
      const run = await runPerlClient({ port: rig.g.port, wait: 10, expectDlr: msgs.length, msgs });
      assertClientGotEverything(run, msgs.length);
      const ucs2 = (t: string) => Buffer.from(t, 'utf16le').swap16().toString('hex');
      const ascii = (t: string) => Buffer.from(t).toString('hex');
      assertSuiteAtSmsc(rig.smsc.records(), [
        { what: 'UDH16 part 1/2', dst: '4915550010', dc: 8, esm: 0x40, smHex: '060804beef0201' + ucs2('Erster Teil, ') },
        { what: 'UDH16 part 2/2', dst: '4915550010', dc: 8, esm: 0x40, smHex: '060804beef0202' + ucs2('zweiter Teil ✓') },
        { what: 'SAR part 1/2', dst: '4915550011', dc: 0, esm: 0, smHex: ascii('SAR part one, '), tlvs: '020c:0042,020e:02,020f:01' },
        { what: 'SAR part 2/2', dst: '4915550011', dc: 0, esm: 0, smHex: ascii('SAR part two.'), tlvs: '020c:0042,020e:02,020f:02' },
      ]);
    } finally {
      await rig.stop();
    }
  });

  test('policy strict refuses PHI from an independent client; only the benign message reaches the SMSC', async () => {
    const rig = await startRig();
    try {
      const phi = 'Hi Maria Gonzalez, your biopsy showed malignant melanoma. Dr. Lee will call about chemotherapy.';
      const benign = 'Your prescription is ready for pickup.';
      const run = await runPerlClient({ port: rig.g.port, bind: 'tx', wait: 2, msgs: [{ to: '4915550020', text: phi }, { to: '4915550021', text: benign }] });
      assert.is(run.responses.find((r) => r.n === 1)?.status, 0x45, 'ESME_RSUBMITFAIL for the PHI message');
      assert.is(run.responses.find((r) => r.n === 2)?.status, 0, 'ESME_ROK for the benign one');
      assert.is(run.code, 1, 'netsmpp-client.pl reports the refusal');
      const arrived = submitsIn(rig.smsc.records());
      assert.equal(arrived.map((r) => r.fields.sm_hex), [Buffer.from(benign).toString('hex')], 'nothing of the PHI message reached the carrier');
      // A transmitter-only client cannot take the receipt now: it is queued for when the client binds to
      // receive, and the SMSC is told it was accepted.
      const resp = await rig.smsc.waitLog((r) => r.find((e) => e.event === 'deliver_sm_resp'));
      assert.is(resp.fields.status, '0x00000000', 'ESME_ROK: queued');
    } finally {
      await rig.stop();
    }
  });
}

test.run();
