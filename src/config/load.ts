// Load a config file: YAML → ${VAR} expansion → schema → cross-references → frozen object.
// Every problem is reported at once, each with its path: `clients[2].upstream: unknown upstream "carier"`.
import { readFile, access } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { configSchema, type Config } from './schema.js';
import { expandEnv, type EnvIssue } from './env.js';
import { BUILTIN_POLICY_NAMES } from './builtins.js';
import { checkStoredPassword } from '../session/credentials.js';
import { AddressList } from '../listener/address-list.js';

export class ConfigError extends Error {
  readonly code = 'PHIWALL_CONFIG';
  readonly issues: string[];
  constructor(source: string, issues: string[]) {
    super(`${source}: ${issues.length} configuration error${issues.length === 1 ? '' : 's'}\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  /** Check that referenced certificate files exist (off for `phiwall scan`, which needs no listeners). */
  checkFiles?: boolean;
}

export async function loadConfig(file: string, opts: LoadOptions = {}): Promise<Readonly<Config>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  return parseConfig(text, file, opts);
}

export async function parseConfig(text: string, source: string, opts: LoadOptions = {}): Promise<Readonly<Config>> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    // Only the position and the kind: the parser's messages quote the source, which may be a secret.
    const where = doc.errors.slice(0, 5).map((e) => {
      const pos = e.linePos?.[0];
      return `YAML: ${e.code.toLowerCase().replace(/_/g, ' ')}${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}`;
    });
    throw new ConfigError(source, where);
  }
  const raw = doc.toJS() as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(source, ['(root): expected a mapping']);

  const envIssues: EnvIssue[] = [];
  const expanded = expandEnv(raw, opts.env ?? process.env, envIssues);
  const issues = envIssues.map((i) => `${formatPath(i.path)}: ${i.message}`);

  const parsed = configSchema.safeParse(expanded);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(`${formatPath(issue.path)}: ${issue.message}`);
    throw new ConfigError(source, issues);
  }
  const config = parsed.data;
  issues.push(...crossReferenceIssues(config));
  if (opts.checkFiles !== false) issues.push(...(await fileIssues(config)));
  if (issues.length) throw new ConfigError(source, issues);
  return deepFreeze(config);
}

function crossReferenceIssues(c: Config): string[] {
  const issues: string[] = [];
  const dup = (items: readonly string[], path: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    items.forEach((v, i) => {
      if (seen.has(v)) issues.push(`${path(i)}: duplicate ${what} "${v}"`);
      seen.add(v);
    });
  };
  dup(c.listeners.map((l) => l.name), (i) => `listeners[${i}].name`, 'listener name');
  dup(c.listeners.map((l) => `${l.host}:${l.port}`).filter((k) => !k.endsWith(':0')), (i) => `listeners[${i}].port`, 'host:port');
  dup(c.upstreams.map((u) => u.name), (i) => `upstreams[${i}].name`, 'upstream name');
  dup(c.clients.map((x) => x.system_id), (i) => `clients[${i}].system_id`, 'system_id');
  const policyNames = new Set<string>([...BUILTIN_POLICY_NAMES, ...c.policies.map((p) => p.name)]);
  dup(c.policies.map((p) => p.name), (i) => `policies[${i}].name`, 'policy name');
  const upstreams = new Set(c.upstreams.map((u) => u.name));
  const alphabets = new Map(c.upstreams.map((u) => [u.name, u.default_alphabet]));
  c.upstream_groups.forEach((g, i) => {
    if (upstreams.has(g.name)) issues.push(`upstream_groups[${i}].name: "${g.name}" is already an upstream`);
    g.members.forEach((m, j) => {
      if (!upstreams.has(m.upstream)) issues.push(`upstream_groups[${i}].members[${j}].upstream: unknown upstream "${m.upstream}"`);
      // Text is decoded before a member is chosen, so data_coding 0 must mean the same on every member.
      else if (alphabets.get(m.upstream) !== alphabets.get(g.members[0]!.upstream)) {
        issues.push(`upstream_groups[${i}].members[${j}].upstream: default_alphabet differs from the group's first member`);
      }
    });
  });
  dup(c.upstream_groups.map((g) => g.name), (i) => `upstream_groups[${i}].name`, 'group name');
  const routes = new Set([...upstreams, ...c.upstream_groups.map((g) => g.name)]);
  c.clients.forEach((cl, i) => {
    if (!routes.has(cl.upstream)) issues.push(`clients[${i}].upstream: unknown upstream "${cl.upstream}"`);
    if (!policyNames.has(cl.policy)) issues.push(`clients[${i}].policy: unknown policy "${cl.policy}"`);
    if (cl.require_client_cert && !c.listeners.some((l) => l.tls?.requestClientCert)) {
      issues.push(`clients[${i}].require_client_cert: no TLS listener has requestClientCert: true`);
    }
  });
  c.clients.forEach((cl, i) => {
    const bad = checkStoredPassword(cl.password);
    if (bad) issues.push(`clients[${i}].password: ${bad}`);
    cl.allow.forEach((a, j) => {
      const m = AddressList.check(a);
      if (m) issues.push(`clients[${i}].allow[${j}]: ${m}`);
    });
  });
  c.listeners.forEach((l, i) => {
    if (l.tls?.requestClientCert && !l.tls.ca) issues.push(`listeners[${i}].tls.ca: required with requestClientCert`);
    l.allow.forEach((a, j) => {
      const m = AddressList.check(a);
      if (m) issues.push(`listeners[${i}].allow[${j}]: ${m}`);
    });
  });
  c.upstreams.forEach((u, i) => {
    if (u.reconnect_min > u.reconnect_max) issues.push(`upstreams[${i}].reconnect_min: larger than reconnect_max`);
    if (u.tls && Boolean(u.tls.cert) !== Boolean(u.tls.key)) issues.push(`upstreams[${i}].tls: cert and key go together`);
  });
  return issues;
}

async function fileIssues(c: Config): Promise<string[]> {
  const checks: [string, string][] = [];
  c.listeners.forEach((l, i) => {
    if (!l.tls) return;
    // The embedded default generates its development certificates at start-up.
    if (c.dev_certs) return;
    checks.push([`listeners[${i}].tls.cert`, l.tls.cert], [`listeners[${i}].tls.key`, l.tls.key]);
    if (l.tls.ca) checks.push([`listeners[${i}].tls.ca`, l.tls.ca]);
  });
  if (c.admin?.tls) {
    for (const k of ['cert', 'key', 'ca'] as const) {
      const f = (c.admin.tls as Record<string, unknown>)[k];
      if (typeof f === 'string') checks.push([`admin.tls.${k}`, f]);
    }
  }
  c.upstreams.forEach((u, i) => {
    if (!u.tls) return;
    for (const k of ['ca', 'cert', 'key'] as const) {
      const f = u.tls[k];
      if (f && !(c.dev_certs && k === 'ca')) checks.push([`upstreams[${i}].tls.${k}`, f]);
    }
  });
  const issues: string[] = [];
  await Promise.all(
    checks.map(async ([path, f]) => {
      try {
        await access(resolvePath(f), fsConstants.R_OK);
      } catch {
        issues.push(`${path}: cannot read "${f}"`);
      }
    }),
  );
  return issues;
}

/** Relative paths in the config are relative to the working directory phiwall was started in. */
export function resolvePath(p: string): string {
  return isAbsolute(p) ? p : resolve(process.cwd(), p);
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}
