// libsmpp34 as a strict third parser of what phiwall puts on the wire. Taps on both legs keep the exact bytes
// phiwall sent to netsmpp-smsc.pl (binds, the suite's submits, deliver_sm_resp, unbind) and to
// netsmpp-client.pl (bind/submit responses, rewritten receipts, enquire_link_resp, unbind_resp); a raw
// client provokes the responses phiwall composes itself (see phiwall-answers.ts). Every one must parse;
// a refusal is excused only where libsmpp34's own limits explain it (smpp34.ts), and is printed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Cmd, commandName } from '../../src/codec/commands.js';
import { commandMissing, interopGate, perlPeersMissing } from './tools.js';
import { buildSmpp34Decoder, libsmpp34Limit, type Smpp34Decoder } from './smpp34.js';
import { startRig } from './rig.js';
import { startTap, type Tap } from './tap.js';
import { runPerlClient } from './perl-client.js';
import { assertClientGotEverything, BUILTIN_SUITE, transcript } from './builtin-suite.js';
import { provokePhiwallAnswers } from './phiwall-answers.js';

const decoder = buildSmpp34Decoder();
const missing = typeof decoder === 'string' ? decoder : (commandMissing('gcc', 'apt-get install gcc') ?? perlPeersMissing());

interface Verdict {
  where: string;
  frame: Buffer;
  ok: boolean;
  skipped?: string;
  output: string;
}

function judge(d: Smpp34Decoder, where: string, frames: Buffer[]): Verdict[] {
  return frames.map((frame) => {
    const r = d.decode(frame);
    // A refusal is excused only where libsmpp34's own limits explain it.
    const limit = r.ok ? undefined : libsmpp34Limit(frame);
    return limit ? { where, frame, ok: true, skipped: limit, output: r.output } : { where, frame, ok: r.ok, output: r.output };
  });
}

if (!interopGate(test, 'libsmpp34 parses what phiwall sends', missing)) {
  if (typeof decoder !== 'string') decoder.remove();
} else {
  const d = decoder as Smpp34Decoder;
  test.after(() => d.remove());

  test('every PDU phiwall sent to the Perl SMSC and the Perl client, and every answer it composed, parses in libsmpp34', async () => {
    let toCarrier: Tap | undefined;
    let toClient: Tap | undefined;
    let provoked: Buffer[] = [];
    try {
      const rig = await startRig({ via: async (smscPort) => (toCarrier = await startTap(smscPort)).port });
      let clientOutput = '';
      try {
        toClient = await startTap(rig.g.port);
        const run = await runPerlClient({ port: toClient.port, wait: 10, expectDlr: BUILTIN_SUITE.length, enquire: true });
        clientOutput = run.output;
        assertClientGotEverything(run, BUILTIN_SUITE.length);
        provoked = await provokePhiwallAnswers(rig.g.port);
        // The suite's receipts, and those of the raw client's benign submit and two held parts.
        await rig.smsc.waitLog((r) => r.filter((e) => e.event === 'deliver_sm_resp').length >= BUILTIN_SUITE.length + 3);
      } catch (err) {
        console.error(transcript({ client: clientOutput, smsc: rig.smsc.child.stdout() }));
        throw err;
      } finally {
        await rig.stop(); // phiwall unbinds from the SMSC through the tap
      }
    } finally {
      await toClient?.close();
      await toCarrier?.close();
    }

    const verdicts = [
      ...judge(d, 'phiwall → SMSC', toCarrier!.pdus.filter((p) => p.dir === 'up').map((p) => p.frame)),
      ...judge(d, 'phiwall → Net::SMPP client', toClient!.pdus.filter((p) => p.dir === 'down').map((p) => p.frame)),
      ...judge(d, 'phiwall → raw client', provoked),
    ];
    const name = (f: Buffer) => commandName(f.readUInt32BE(4)) ?? `0x${f.readUInt32BE(4).toString(16)}`;
    for (const v of verdicts.filter((x) => x.skipped)) console.log(`  refused for a libsmpp34 limit, excused: ${v.where} ${name(v.frame)} (${v.skipped})`);
    const bad = verdicts.filter((v) => !v.ok);
    assert.equal(
      bad.map((v) => `${v.where} ${name(v.frame)} ${v.frame.toString('hex')}\n${v.output}`),
      [],
      'libsmpp34 rejected PDUs phiwall sent',
    );

    // What was judged covers every kind of PDU phiwall sends in these exchanges.
    const judged = (where: string) => new Set<string>(verdicts.filter((v) => v.where === where && !v.skipped).map((v) => name(v.frame)));
    const carrierLeg = judged('phiwall → SMSC');
    for (const c of ['bind_transceiver', 'submit_sm', 'query_sm', 'replace_sm', 'cancel_sm', 'data_sm', 'deliver_sm_resp', 'unbind']) {
      assert.ok(carrierLeg.has(c), `judged a ${c} sent to the SMSC`);
    }
    const clientLeg = new Set<string>([...judged('phiwall → Net::SMPP client'), ...judged('phiwall → raw client')]);
    for (const c of [
      'bind_transceiver_resp',
      'submit_sm_resp',
      'deliver_sm',
      'enquire_link_resp',
      'generic_nack',
      'query_sm_resp',
      'replace_sm_resp',
      'cancel_sm_resp',
      'data_sm_resp',
      'unbind_resp',
    ]) {
      assert.ok(clientLeg.has(c), `judged a ${c} sent to a client`);
    }
    const submitsToSmsc = toCarrier!.pdus.filter((p) => p.dir === 'up' && p.frame.readUInt32BE(4) === Cmd.submit_sm).length;
    assert.is(submitsToSmsc, BUILTIN_SUITE.length + 3, 'the suite, the benign raw submit and both held parts');
  });
}

test.run();

