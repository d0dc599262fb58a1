// Wireshark's SMPP dissector as an independent decoder: a live capture on the loopback (tshark, needs
// root or capture capabilities), decoded afterwards by ../shared/interop/tshark-decode.sh, plus a pass that
// lists Wireshark's malformed-packet and warning reports.
import { existsSync } from 'node:fs';
import { commandMissing, peerScript } from './tools.js';
import { runChild, startChild, type Child } from './processes.js';

export function tsharkMissing(): string | undefined {
  if (!existsSync(peerScript('tshark-decode.sh'))) return `${peerScript('tshark-decode.sh')} not found (set PHIWALL_INTEROP_DIR)`;
  return commandMissing('tshark', 'apt-get install tshark');
}

export interface Capture {
  stop(): Promise<void>;
}

// A safety net: the capture ends by itself even if nobody stops it.
const MAX_SECONDS = 120;

/** Starts capturing `ports` on lo into `pcap`; resolves once tshark says it is capturing, or with why not. */
export async function startCapture(ports: number[], pcap: string): Promise<Capture | string> {
  const filter = ports.map((p) => `tcp port ${p}`).join(' or ');
  let child: Child;
  try {
    child = startChild('tshark', ['-q', '-i', 'lo', '-f', filter, '-a', `duration:${MAX_SECONDS}`, '-w', pcap]);
  } catch (err) {
    return (err as Error).message;
  }
  // "Capturing on 'lo'" is printed even when the capture then fails for want of permission; "Capture
  // started" comes once packets can flow (tshark 3.6+), or the process exits saying why not.
  try {
    await child.waitOutput(/Capture started/, 15_000);
  } catch {
    const stillRunning = child.proc.exitCode === null && child.proc.signalCode === null;
    if (stillRunning && /Capturing on/.test(child.stderr())) return { stop: () => child.stop('SIGINT', 5000) }; // older tshark
    await child.stop('SIGKILL');
    const why = child.stderr().split('\n').filter((l) => /permission to capture|not permitted|capabilit|No such device/i.test(l));
    return `tshark cannot capture on lo here${why.length ? `: ${why.slice(0, 2).join(' ')}` : ` (exit ${child.proc.exitCode})`}`;
  }
  // SIGINT: tshark finishes writing the file and exits.
  return { stop: () => child.stop('SIGINT', 5000) };
}

/**
 * Waits (bounded) until the capture file holds a packet matching `filter`: the last packets of a run can
 * still be on their way to the file when the run ends.
 */
export async function waitInCapture(pcap: string, ports: number[], filter: string, timeoutMs: number): Promise<boolean> {
  const decodeAs = ports.flatMap((p) => ['-d', `tcp.port==${p},smpp`]);
  const deadline = Date.now() + timeoutMs;
  do {
    const r = await runChild('tshark', ['-r', pcap, ...decodeAs, '-Y', filter, '-T', 'fields', '-e', 'frame.number'], 30_000);
    if (r.stdout.trim()) return true;
    await new Promise((res) => setTimeout(res, 200));
  } while (Date.now() < deadline);
  return false;
}

/** One SMPP PDU as Wireshark decoded it. */
export interface WirePdu {
  frame: number;
  srcPort: number;
  dstPort: number;
  command: string;
  status: number;
  seq: number;
  fields: Record<string, string>;
  tlvs?: string;
  /** The whole PDU as hex (tshark -x). */
  raw?: string;
}

/** Decodes a capture with tshark-decode.sh. */
export async function decodeCapture(pcap: string, ports: number[]): Promise<{ pdus: WirePdu[]; output: string }> {
  const r = await runChild(peerScript('tshark-decode.sh'), ['-p', ports.join(','), '-r', pcap, '-x'], 60_000);
  if (r.code !== 0) throw new Error(`tshark-decode.sh failed (${r.code}): ${r.stderr}`);
  return { pdus: r.stdout.split('\n').filter(Boolean).map(parseLine).filter((p): p is WirePdu => p !== undefined), output: r.stdout + r.stderr };
}

function parseLine(line: string): WirePdu | undefined {
  const [frame, , ports, command, status, seq, details = ''] = line.split('\t');
  const pm = ports?.match(/^(\d+)>(\d+)$/);
  const sm = seq?.match(/^seq=(\d+)$/);
  if (!pm || !sm || !command || !status) return undefined;
  const raw = details.match(/(?:^| )raw=([0-9a-f]+)$/)?.[1];
  const tlvs = details.match(/(?:^| )tlvs=(.*?)(?= raw=|$)/)?.[1];
  const plain = details.replace(/(?:^| )tlvs=.*$/, '').replace(/(?:^| )raw=[0-9a-f]+$/, '');
  const fields: Record<string, string> = {};
  for (const m of plain.matchAll(/(?:^| )(\w+)=(\S*)/g)) fields[m[1]!] = m[2]!;
  return {
    frame: Number(frame),
    srcPort: Number(pm[1]),
    dstPort: Number(pm[2]),
    command: command.trim(),
    status: parseInt(status, 16),
    seq: Number(sm[1]),
    fields,
    ...(tlvs !== undefined ? { tlvs } : {}),
    ...(raw !== undefined ? { raw } : {}),
  };
}

// Wireshark's expert-info groups (epan/proto.h): Sequence is TCP's own bookkeeping (SYN, FIN, RST).
const PI_SEQUENCE = 0x02000000;
const PI_WARN = 0x00600000;

/**
 * Wireshark's malformed-packet and warning-or-worse reports on the SMPP ports, TCP bookkeeping aside.
 * WSP is disabled: Wireshark hands short_message to its WAP decoder when source_port/destination_port TLVs
 * name WAP ports (the suite sends 0x0b84/0x23f0 = 2948/9200), and then reports the plain text as a
 * malformed WSP packet; that is a verdict on the content under a guessed protocol, not on SMPP.
 */
export async function expertReports(pcap: string, ports: number[]): Promise<string[]> {
  const decodeAs = ports.flatMap((p) => ['-d', `tcp.port==${p},smpp`]);
  const args = ['-r', pcap, '--disable-protocol', 'wsp', ...decodeAs, '-Y', '_ws.malformed || _ws.expert', '-T', 'fields', '-E', 'occurrence=a'];
  args.push('-e', 'frame.number', '-e', '_ws.expert.message', '-e', '_ws.expert.severity', '-e', '_ws.expert.group', '-e', '_ws.malformed');
  const r = await runChild('tshark', args, 60_000);
  if (r.code !== 0) throw new Error(`tshark -r failed (${r.code}): ${r.stderr}`);
  const out: string[] = [];
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const [frame, messages = '', severities = '', groups = '', malformed = ''] = line.split('\t');
    const msg = messages.split(',');
    const sev = severities.split(',').map(Number);
    const grp = groups.split(',').map(Number);
    msg.forEach((m, i) => {
      if ((sev[i] ?? 0) >= PI_WARN && grp[i] !== PI_SEQUENCE) out.push(`frame ${frame}: ${m}`);
    });
    if (malformed && !msg.some((m) => /Malformed/.test(m))) out.push(`frame ${frame}: malformed`);
  }
  return out;
}
