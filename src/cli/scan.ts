// `phiwall scan`: how admins test a policy. For each message: the findings (category, span, detector) and
// exactly what the carrier would receive — refused with which status, or the text (rewritten or not) with
// its encoding and number of SMS parts.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { detect } from '../inspection/detect.js';
import { compilePolicies, evaluate, type Decision, type Policy } from '../inspection/policy/index.js';
import type { PolicyConfig } from '../inspection/policy/config-schema.js';
import { createVault } from '../inspection/vault/vault.js';
import { createKvStore } from '../store/create.js';
import { segmentText } from '../codec/segment.js';
import { encodeText } from '../codec/text/index.js';
import { statusName } from '../codec/status.js';
import { silentLogger } from '../observability/logger.js';

const HELP = `Usage:
  phiwall scan [--policy strict] [--config FILE] [--json] "text" ["text" ...]
  phiwall scan --file messages.txt [--policy NAME] [--config FILE] [--json]

Shows what the detectors find in each message and exactly what the carrier would receive under the policy.
--file reads one message per line (use "\\n" inside a line for a line break). --config adds the policies
(and the tokenize settings) of a config file; without it the built-in policies (strict, monitor) are used.`;

export interface ScanResult {
  text: string;
  policy: string;
  action: Decision['action'];
  status?: string;
  reason: string;
  wouldBe?: string;
  findings: { category: string; start: number; end: number; value: string; detector: string; sensitive?: string }[];
  carrier: { text: string; encoding: string; parts: number } | null;
}

export async function scanTexts(texts: readonly string[], policy: Policy, tokenize?: Record<string, unknown>): Promise<ScanResult[]> {
  const store = await createKvStore({ prefix: 'scan:', log: silentLogger });
  const vault = createVault({ ...(tokenize ?? {}), store, log: silentLogger });
  const out: ScanResult[] = [];
  for (const text of texts) {
    const d = await evaluate(text, policy, { detect, vault, client: 'scan' });
    const carrierText = d.action === 'block' ? undefined : (d.text ?? text);
    out.push({
      text,
      policy: d.policy,
      action: d.action,
      ...(d.status !== undefined ? { status: statusName(d.status) } : {}),
      reason: d.reason,
      ...(d.wouldBe ? { wouldBe: d.wouldBe } : {}),
      findings: d.findings.map((f) => ({
        category: f.category,
        start: f.start,
        end: f.end,
        value: text.slice(f.start, f.end),
        detector: f.detector,
        ...(f.sensitive ? { sensitive: f.sensitive } : {}),
      })),
      carrier: carrierText === undefined ? null : encodingOf(carrierText),
    });
  }
  await store.close();
  return out;
}

function encodingOf(text: string): { text: string; encoding: string; parts: number } {
  const preferred = encodeText(text, 'gsm7') ? 'gsm7' : 'ucs2';
  const seg = segmentText(text, { preferred, ref: 0 });
  return { text, encoding: seg?.data_coding_charset === 'ucs2' ? 'UCS-2 (data_coding 8)' : 'GSM 03.38 (data_coding 0)', parts: seg?.parts.length ?? 0 };
}

export async function runScan(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        policy: { type: 'string', short: 'p', default: 'strict' },
        config: { type: 'string', short: 'c' },
        file: { type: 'string', short: 'f' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`phiwall scan: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  let texts = positionals;
  if (values.file) {
    const raw = await readFile(values.file, 'utf8');
    texts = raw.split(/\r?\n/).filter((l) => l.length > 0).map((l) => l.replace(/\\n/g, '\n'));
  }
  if (!texts.length) {
    console.error(HELP);
    return 2;
  }
  const cfg = values.config ? await loadConfig(values.config, { checkFiles: false }) : undefined;
  const policies = compilePolicies((cfg?.policies ?? []) as readonly PolicyConfig[]);
  const policy = policies.get(values.policy!);
  if (!policy) {
    console.error(`phiwall scan: unknown policy "${values.policy}" (known: ${[...policies.keys()].join(', ')})`);
    return 2;
  }
  const results = await scanTexts(texts, policy, cfg?.tokenize as Record<string, unknown> | undefined);
  if (values.json) {
    console.log(JSON.stringify(results.length === 1 && !values.file ? results[0] : results, null, 2));
    return 0;
  }
  for (const r of results) {
    console.log(`message: ${JSON.stringify(r.text)}`);
    console.log(`  policy ${r.policy}: ${r.action.toUpperCase()}${r.status ? ` (${r.status})` : ''} — ${r.reason}${r.wouldBe ? `, would be ${r.wouldBe}` : ''}`);
    for (const f of r.findings) {
      console.log(`  finding ${f.category}${f.sensitive ? `/${f.sensitive}` : ''} [${f.start},${f.end}) ${JSON.stringify(f.value)} (${f.detector})`);
    }
    if (r.carrier) console.log(`  carrier receives (${r.carrier.encoding}, ${r.carrier.parts} part${r.carrier.parts === 1 ? '' : 's'}): ${JSON.stringify(r.carrier.text)}`);
    else console.log('  carrier receives: nothing (refused)');
  }
  return 0;
}
