// Shapes shared by the admin API and the process wiring (cli/start.ts) that hands it a reload function.
import type { Role } from './roles.js';

/** Who made an admin call: a token's name or a client certificate's identity; `signal` for SIGHUP. */
export interface Actor {
  name: string;
  via: 'token' | 'mtls' | 'signal';
}

export interface Principal extends Actor {
  role: Role;
}

/** `invalid`: the new config was refused (errors say why) and the running one is kept. */
export type ReloadResult = { ok: true } | { ok: false; invalid: boolean; errors: string[] };

/** Re-reads the config file the gateway was started with and applies it: SIGHUP and `POST /reload` share it. */
export type ReloadFn = (actor: Actor) => Promise<ReloadResult>;
