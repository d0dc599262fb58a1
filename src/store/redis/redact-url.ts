/** A Redis URL fit for a log line: the password (and any query string) replaced, the rest kept. */
export function redactRedisUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '<unparseable redis url>';
  }
  if (u.password) u.password = '***';
  u.search = '';
  u.hash = '';
  return u.toString();
}
