import { isIP } from 'node:net';

/** A subjectAltName entry (RFC 5280 §4.2.1.6). */
export type AltName =
  | { type: 'dns'; value: string }
  | { type: 'ip'; value: string }
  | { type: 'uri'; value: string }
  | { type: 'email'; value: string };

export type AltNamesResult = { ok: true; altNames: AltName[] } | { ok: false; error: string };

const DNS_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DNS_NAME = new RegExp(`^(?:\\*\\.)?(?:${DNS_LABEL}\\.)*${DNS_LABEL}$`, 'i');
const URI = /^[a-z][a-z0-9+.-]*:[\x21-\x7e]+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Parses `localhost,127.0.0.1,::1,gw.example.org,uri:phiwall:x,email:ops@example.org`.
 * IP literals become IP SANs; `uri:` and `email:` prefixes select those types; the rest must be DNS names.
 */
export function parseAltNames(list: string | readonly string[]): AltNamesResult {
  const items = (typeof list === 'string' ? list.split(',') : list).map((s) => s.trim()).filter((s) => s !== '');
  const altNames: AltName[] = [];
  for (const item of items) {
    const parsed = parseAltName(item);
    if (!parsed) return { ok: false, error: `not a DNS name, IP address, uri: or email: entry: ${JSON.stringify(item)}` };
    if (!altNames.some((a) => a.type === parsed.type && a.value === parsed.value)) altNames.push(parsed);
  }
  return { ok: true, altNames };
}

function parseAltName(item: string): AltName | undefined {
  const lower = item.toLowerCase();
  if (lower.startsWith('uri:')) {
    const value = item.slice(4);
    return URI.test(value) ? { type: 'uri', value } : undefined;
  }
  if (lower.startsWith('email:')) {
    const value = item.slice(6);
    return EMAIL.test(value) ? { type: 'email', value } : undefined;
  }
  const bare = item.startsWith('[') && item.endsWith(']') ? item.slice(1, -1) : item;
  if (isIP(bare) !== 0) return { type: 'ip', value: bare };
  if (item.length <= 253 && DNS_NAME.test(item)) return { type: 'dns', value: lower };
  return undefined;
}

/** forge's altNames form: GeneralName tags 1 (rfc822Name), 2 (dNSName), 6 (URI), 7 (iPAddress). */
export function toForgeAltNames(altNames: readonly AltName[]): Array<{ type: number; value?: string; ip?: string }> {
  return altNames.map((a) => {
    switch (a.type) {
      case 'dns':
        return { type: 2, value: a.value };
      case 'ip':
        return { type: 7, ip: a.value };
      case 'uri':
        return { type: 6, value: a.value };
      case 'email':
        return { type: 1, value: a.value };
    }
  });
}
