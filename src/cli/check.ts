import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';

export async function runCheck(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.config) {
    console.log('Usage: phiwall check --config FILE\nValidates the file (every error with its path) and exits 0 when it is valid.');
    return values.help ? 0 : 2;
  }
  const cfg = await loadConfig(values.config);
  console.log(`${values.config}: valid (${cfg.listeners.length} listener(s), ${cfg.upstreams.length} upstream(s), ${cfg.clients.length} client(s))`);
  return 0;
}
