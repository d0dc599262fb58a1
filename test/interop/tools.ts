// Where the independent peers live, whether their tools are installed, and what a test does when they are
// not: skip with a visible note, or fail when PHIWALL_REQUIRE_INTEROP=1 (CI must not skip them silently).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';

// dist/test/interop/tools.js → the repository root is three levels up; the peers are its sibling `shared/`.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** ../shared/interop next to the checkout, or PHIWALL_INTEROP_DIR. */
export const INTEROP_DIR = process.env.PHIWALL_INTEROP_DIR ?? resolve(REPO, '../shared/interop');

export const requireInterop = process.env.PHIWALL_REQUIRE_INTEROP === '1';

export function peerScript(name: string): string {
  return join(INTEROP_DIR, name);
}

/** Why the Perl peers cannot run here, or undefined when they can. */
export function perlPeersMissing(): string | undefined {
  for (const f of ['netsmpp-client.pl', 'netsmpp-smsc.pl']) {
    if (!existsSync(peerScript(f))) return `${peerScript(f)} not found (set PHIWALL_INTEROP_DIR)`;
  }
  for (const m of ['Net::SMPP', 'IO::Socket::SSL', 'JSON::PP']) {
    const r = spawnSync('perl', [`-M${m}`, '-e1'], { stdio: 'ignore' });
    if (r.error) return 'perl not installed';
    if (r.status !== 0) return `perl module ${m} missing (apt-get install libnet-smpp-perl libio-socket-ssl-perl)`;
  }
  return undefined;
}

export function commandMissing(cmd: string, hint: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  return r.status === 0 ? undefined : `${cmd} not installed (${hint})`;
}

/**
 * True when the suite may run. Otherwise registers either a failing test (PHIWALL_REQUIRE_INTEROP=1) or a
 * skipped one, and prints why.
 */
export function interopGate(suite: Test, what: string, missing: string | undefined): boolean {
  if (missing === undefined) return true;
  if (requireInterop) {
    suite(`${what}: tools present (PHIWALL_REQUIRE_INTEROP=1)`, () => {
      assert.unreachable(`${what} cannot run: ${missing}`);
    });
    return false;
  }
  console.warn(`NOTE: ${what} SKIPPED: ${missing} (set PHIWALL_REQUIRE_INTEROP=1 to fail instead)`);
  suite.skip(`${what} (${missing})`, () => undefined);
  return false;
}
