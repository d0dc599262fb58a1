// `node dist/bench/run.js [--scenario NAME|all] [--sut direct,naive,phiwall] [--duration S] [--json]`:
// runs a scenario against each system under test, prints a table, and writes
// bench/results/<scenario>-<timestamp>.json and bench/results/<scenario>.svg. See bench/README.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchCertificates } from './run/certs.js';
import { addedLatency, phiwallVsNaive, soakSummary } from './run/compare.js';
import { runOne, type RunRecord } from './run/execute.js';
import { machineFacts, otherCpuPercent, sampleMachine } from './run/proc-stats.js';
import { SCENARIOS, findScenario, type LoadShape, type Scenario } from './run/scenarios.js';
import { seriesChart, throughputChart } from './run/svg.js';
import { REPO_ROOT, SUT_NAMES, type SutName } from './run/suts.js';
import { runTable } from './run/table.js';
import { killChildren, setChildPriority } from './run/processes.js';
import { dropKeys } from './run/redis-cleanup.js';
import { REDIS_PREFIX } from './run/phiwall-config.js';

const HELP = `Usage: node dist/bench/run.js [options]
  --scenario NAME   ${SCENARIOS.map((s) => s.name).join(' | ')} | all (all but soak); default benign
  --sut LIST        comma-separated subset of direct,naive,phiwall (default: the scenario's)
  --duration S      measured seconds per run (default: the scenario's)
  --warmup S        unmeasured seconds before each run
  --binds N --window N --rate N   replace the scenario's load shape
  --phiwall-dir DIR checkout whose dist/src/cli/main.js is started (default: this one)
  --audit-durability fdatasync|write   phiwall's audit.durability (default fdatasync, phiwall's default)
  --workers N       phiwall's inspection.workers (default: phiwall's default, inline)
  --decision-cache N  phiwall's inspection.decision_cache (0: off, every text detected, as for unique texts)
  --node-args ARGS  extra node flags for phiwall, space-separated (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
  --nice=N          run the bench processes at this priority (e.g. --nice=-10 on a shared machine; root only)
  --wait-quiet S    before each run, wait up to S seconds for 3 quiet seconds (others under 15% of a core)
  --json            also print the results as JSON
  --list            describe the scenarios`;

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'benign' },
    sut: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    binds: { type: 'string' },
    window: { type: 'string' },
    rate: { type: 'string' },
    'phiwall-dir': { type: 'string' },
    'audit-durability': { type: 'string', default: 'fdatasync' },
    'wait-quiet': { type: 'string' },
    workers: { type: 'string' },
    'decision-cache': { type: 'string' },
    'node-args': { type: 'string' },
    nice: { type: 'string' },
    json: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.list) {
  for (const s of SCENARIOS) console.log(`${s.name.padEnd(13)} ${s.description}`);
  process.exit(0);
}

const RESULTS = fileURLToPath(new URL('../../bench/results/', import.meta.url));
const scenarios = values.scenario === 'all' ? SCENARIOS.filter((s) => s.name !== 'soak') : [findScenario(values.scenario!)];
if (scenarios.some((s) => !s)) {
  console.error(`unknown scenario "${values.scenario}"; --list shows them`);
  process.exit(2);
}
const suts = values.sut?.split(',').map((s) => s.trim()) as SutName[] | undefined;
if (suts?.some((s) => !SUT_NAMES.includes(s))) {
  console.error(`--sut takes ${SUT_NAMES.join(', ')}`);
  process.exit(2);
}

if (values.nice) setChildPriority(Number(values.nice));
const machine = machineFacts();
console.log(`machine: ${machine.nproc} cores (${machine.cpuModel}), ${machine.memTotalMB} MB, node ${machine.node}`);
// Everything shares these cores: say so when something else is busy before we start.
const idleBefore = sampleMachine();
await new Promise((r) => setTimeout(r, 1000));
const busyBefore = otherCpuPercent(idleBefore, sampleMachine(), 0);
console.log(`machine busy before start: ${busyBefore ?? '?'}% of one core${(busyBefore ?? 0) > 15 ? ' (other work is running: numbers will be low and noisy)' : ''}`);
// Interrupted: stop every child this runner started, and drop phiwall's bench keys from Redis.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killChildren();
    console.error(`\n${signal}: stopped the bench processes`);
    void dropKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0', REDIS_PREFIX)
      .catch(() => 0)
      .finally(() => process.exit(130));
  });
}
process.once('exit', killChildren);

let failed = false;
for (const sc of scenarios as Scenario[]) failed = !(await runScenario(sc)) || failed;
process.exit(failed ? 1 : 0);

/** Other sessions may share the cores: wait for three consecutive seconds in which they use under 15%. */
async function waitQuiet(maxS: number): Promise<void> {
  const until = Date.now() + maxS * 1000;
  let quiet = 0;
  let last = sampleMachine();
  while (quiet < 3 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = sampleMachine();
    quiet = (otherCpuPercent(last, now, 0) ?? 0) < 15 ? quiet + 1 : 0;
    last = now;
  }
  if (quiet < 3) process.stdout.write(`   (machine still busy after ${maxS}s; measuring anyway)\n`);
}

function shapesOf(sc: Scenario): LoadShape[] {
  if (!values.binds && !values.window && !values.rate) return sc.shapes;
  const base = sc.shapes[0]!;
  const binds = Number(values.binds ?? base.binds);
  const window = Number(values.window ?? base.window);
  const rate = values.rate ? Number(values.rate) : base.rate;
  const mode = rate ? 'open' : base.mode;
  return [{ label: mode === 'open' ? `${rate}/s ${binds}x${window}` : `${binds}x${window}`, mode, binds, window, ...(rate ? { rate } : {}) }];
}

async function runScenario(sc: Scenario): Promise<boolean> {
  const durationS = Number(values.duration ?? sc.durationS);
  const warmupS = Number(values.warmup ?? sc.warmupS);
  const phiwallDir = values['phiwall-dir'] ?? REPO_ROOT;
  const auditDurability = values['audit-durability'] === 'write' ? 'write' : 'fdatasync';
  const inspection =
    values.workers !== undefined || values['decision-cache'] !== undefined
      ? {
          ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
          ...(values['decision-cache'] !== undefined ? { decision_cache: Number(values['decision-cache']) } : {}),
        }
      : undefined;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';
  console.log(`\n== ${sc.name}: ${sc.description}\n   ${durationS}s measured after ${warmupS}s warm-up per run`);
  const certDir = sc.tls ? mkdtempSync(join(tmpdir(), 'phiwall-bench-certs-')) : undefined;
  const tls = certDir ? writeBenchCertificates(certDir) : undefined;
  const runs: RunRecord[] = [];
  const startedAt = new Date();
  try {
    for (const shape of shapesOf(sc)) {
      for (const sut of suts ?? sc.suts) {
        if (values['wait-quiet']) await waitQuiet(Number(values['wait-quiet']));
        process.stdout.write(`   ${sut} ${shape.label} … `);
        const rec = await runOne(sc, sut, shape, {
          durationS,
          warmupS,
          phiwallDir,
          redisUrl,
          auditDurability,
          ...(inspection ? { inspection } : {}),
          ...(values['node-args'] ? { nodeArgs: values['node-args'].split(' ').filter(Boolean) } : {}),
          ...(tls ? { tls } : {}),
          ...(sc.sampleS
            ? { onProgress: (p) => process.stdout.write(`\n     t=${p.t}s ${p.pduPerSec}/s p99 ${p.p99} ms rss ${p.sutRssMB ?? '-'} MB fds ${p.sutFds ?? '-'} cpu ${p.sutCpu ?? '-'}%`) }
            : {}),
        });
        runs.push(rec);
        console.log(rec.ok ? `${rec.load!.msgPerSec} msg/s, p99 ${rec.load!.latencyMs.p99} ms` : `failed: ${rec.error}`);
      }
    }
  } finally {
    if (certDir) rmSync(certDir, { recursive: true, force: true });
  }

  console.log('\n' + runTable(runs));
  const added = sc.addedLatency ? addedLatency(runs) : [];
  for (const a of added) {
    console.log(`added by ${a.sut} (${a.shape}): p50 ${a.p50} ms, p99 ${a.p99} ms (from scheduled time); service p50 ${a.serviceP50} ms, p99 ${a.serviceP99} ms`);
  }
  const ratios = phiwallVsNaive(runs);
  for (const r of ratios) console.log(`phiwall / naive (${r.shape}): ${r.ratio}× (${r.phiwallMsgPerSec} vs ${r.naiveMsgPerSec} msg/s)`);
  const soak = sc.sampleS ? runs.filter((r) => r.series).map((r) => ({ sut: r.sut, ...soakSummary(r.series!) })) : [];
  for (const s of soak) {
    console.log(
      `soak ${s.sut}: RSS MB first ${s.rssMB.first} last ${s.rssMB.last} max ${s.rssMB.max}; fds first ${s.fds.first} last ${s.fds.last} max ${s.fds.max}; ` +
        `pdu/s min ${s.pduPerSec.min} mean ${s.pduPerSec.mean}; worst interval p99 ${s.p99.max} ms`,
    );
  }

  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const report = {
    scenario: sc.name,
    description: sc.description,
    startedAt: startedAt.toISOString(),
    machine: { ...machine, busyBeforeStartPercent: busyBefore },
    settings: { nice: Number(values.nice ?? 0), durationS, warmupS, mix: sc.mix, tls: sc.tls, sinkDelay: sc.sinkDelay ?? null, auditDurability, inspection: inspection ?? null, shapes: shapesOf(sc) },
    runs,
    addedLatency: added,
    phiwallVsNaive: ratios,
    soak,
  };
  mkdirSync(RESULTS, { recursive: true });
  const jsonFile = join(RESULTS, `${sc.name}-${stamp}.json`);
  writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
  const svgFile = join(RESULTS, `${sc.name}.svg`);
  const title = `${sc.name}: ${machine.nproc} cores, ${startedAt.toISOString().slice(0, 16)}Z`;
  const series = runs.filter((r) => r.series?.length).map((r) => ({ name: r.sut, series: r.series! }));
  writeFileSync(svgFile, series.length ? seriesChart(title, series) : throughputChart(title, runs));
  console.log(`\nwrote ${jsonFile}\n      ${svgFile}`);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  return runs.every((r) => r.ok);
}
