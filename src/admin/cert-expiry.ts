// `phiwall_certificate_expiry_days{certificate=...}` for every certificate the config names: listener
// certificates and CAs, upstream client certificates and CAs, the admin listener's own. Read from the files
// (so a rotated file shows its new date after the next refresh), at most once a minute.
import { readFile } from 'node:fs/promises';
import { certificateInfo } from '../certs/info.js';
import { resolvePath } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Metrics } from '../observability/metrics.js';
import type { Logger } from '../observability/logger.js';

const REFRESH_MS = 60_000;

/** `listener/tls`, `listener/tls/ca`, `upstream/carrier/client`, `upstream/carrier/ca`, `admin`, `admin/ca`. */
export function certificateFiles(cfg: Readonly<Config>): { label: string; file: string }[] {
  const out: { label: string; file: string }[] = [];
  for (const l of cfg.listeners) {
    if (!l.tls) continue;
    out.push({ label: `listener/${l.name}`, file: l.tls.cert });
    if (l.tls.ca) out.push({ label: `listener/${l.name}/ca`, file: l.tls.ca });
  }
  for (const u of cfg.upstreams) {
    if (!u.tls) continue;
    if (u.tls.cert) out.push({ label: `upstream/${u.name}/client`, file: u.tls.cert });
    if (u.tls.ca) out.push({ label: `upstream/${u.name}/ca`, file: u.tls.ca });
  }
  if (cfg.admin?.tls) {
    out.push({ label: 'admin', file: cfg.admin.tls.cert });
    if (cfg.admin.tls.ca) out.push({ label: 'admin/ca', file: cfg.admin.tls.ca });
  }
  return out;
}

export class CertExpiry {
  private at = 0;
  private forConfig: Readonly<Config> | undefined;

  constructor(
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  /** Re-reads the files when the config changed or the last read is over a minute old. */
  async refresh(cfg: Readonly<Config>, now = Date.now()): Promise<void> {
    if (cfg === this.forConfig && now - this.at < REFRESH_MS) return;
    this.forConfig = cfg;
    this.at = now;
    const gauge = this.metrics.certExpiryDays;
    const values = await Promise.all(
      certificateFiles(cfg).map(async ({ label, file }) => {
        try {
          return { label, days: certificateInfo(await readFile(resolvePath(file))).daysToExpiry };
        } catch (err) {
          this.log.warn({ certificate: label, err }, 'cannot read a configured certificate for its expiry date');
          return undefined;
        }
      }),
    );
    // Certificates dropped by a reload disappear from the metric.
    gauge.reset();
    for (const v of values) if (v) gauge.set({ certificate: v.label }, v.days);
  }
}
