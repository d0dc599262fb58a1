// `${VAR}` in any string value is replaced from the environment before validation. `$${VAR}` escapes it.
// A missing variable is an error with its path, so a secret never silently becomes an empty string.
export interface EnvIssue {
  path: (string | number)[];
  message: string;
}

const PATTERN = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export function expandEnv(value: unknown, env: NodeJS.ProcessEnv, issues: EnvIssue[], path: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(PATTERN, (whole, escape: string, name: string, fallback: string | undefined) => {
      if (escape) return whole.slice(1);
      const v = env[name];
      if (v !== undefined) return v;
      if (fallback !== undefined) return fallback;
      issues.push({ path, message: `environment variable ${name} is not set` });
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, issues, [...path, i]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = expandEnv(v, env, issues, [...path, k]);
    return out;
  }
  return value;
}
