// IP allow-lists from config (`10.0.0.0/8`, `192.0.2.7`, `2001:db8::/32`), on node:net's BlockList.
import net from 'node:net';

export class AddressList {
  private readonly list = new net.BlockList();
  readonly empty: boolean;

  constructor(entries: readonly string[]) {
    this.empty = entries.length === 0;
    for (const e of entries) {
      const [addr, bits] = e.split('/');
      const type = net.isIPv6(addr!) ? 'ipv6' : 'ipv4';
      if (!net.isIP(addr!)) throw new Error(`not an IP address or CIDR: ${e}`);
      if (bits === undefined) this.list.addAddress(addr!, type);
      else this.list.addSubnet(addr!, Number(bits), type);
    }
  }

  /** An empty list allows everyone. */
  allows(address: string): boolean {
    if (this.empty) return true;
    const a = unmapIPv4(address);
    return this.list.check(a, net.isIPv6(a) ? 'ipv6' : 'ipv4');
  }

  /** Validation for config: returns a message for an invalid entry. */
  static check(entry: string): string | undefined {
    const [addr, bits, extra] = entry.split('/');
    if (extra !== undefined || !net.isIP(addr ?? '')) return `not an IP address or CIDR: "${entry}"`;
    if (bits === undefined) return undefined;
    const max = net.isIPv6(addr!) ? 128 : 32;
    if (!/^\d+$/.test(bits) || Number(bits) > max) return `bad prefix length in "${entry}"`;
    return undefined;
  }
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so IPv4 rules apply on dual-stack sockets. */
export function unmapIPv4(address: string): string {
  return address.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}
