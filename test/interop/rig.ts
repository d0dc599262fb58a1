// One interop set-up: the Perl SMSC as carrier, phiwall in-process in front of it (optionally through a
// tap), a temporary directory for logs and certificates. `stop` undoes all of it, in reverse order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, waitReady, type TestGateway, type TestGatewayOptions } from '../helpers/gateway.js';
import { startPerlSmsc, type PerlSmsc, type PerlSmscOptions } from './perl-smsc.js';

export interface Rig {
  dir: string;
  smsc: PerlSmsc;
  g: TestGateway;
  stop(): Promise<void>;
}

export interface RigOptions {
  smsc?: Omit<PerlSmscOptions, 'dir'>;
  gateway?: Omit<TestGatewayOptions, 'carrierPort'>;
  /** Puts something between phiwall and the SMSC: gets the SMSC's port, returns the port phiwall dials. */
  via?: (smscPort: number) => Promise<number>;
  /** A directory made by the caller (e.g. holding certificates); removed by `stop` all the same. */
  dir?: string;
}

export async function startRig(o: RigOptions = {}): Promise<Rig> {
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'phiwall-interop-'));
  const undo: Array<() => Promise<void> | void> = [() => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    while (undo.length) await undo.pop()!();
  };
  try {
    const smsc = await startPerlSmsc({ dir, ...o.smsc });
    undo.push(() => smsc.stop());
    const carrierPort = o.via ? await o.via(smsc.port) : smsc.port;
    const g = await startGateway({ ...o.gateway, carrierPort });
    undo.push(() => g.stop());
    await waitReady(g.gw, 10_000);
    return { dir, smsc, g, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
