// Rate limits shared by every instance: GCRA (the generic cell rate algorithm) in one Lua script on one key,
// one round trip per reservation. The key holds the theoretical arrival time in microseconds of the server's
// clock (TIME), so instance clocks do not matter, and expires once the limit is back at rest.
import type { Logger } from 'pino';
import type { RateStore } from '../rate.js';
import type { RedisConnection } from './connect.js';
import { checkPrefix, rateKey } from './keys.js';
import { openRedis } from './managed.js';

/**
 * KEYS: state. ARGV: interval µs (1e6 / rate), burst (tokens), n, max delay µs. Returns the delay in µs
 * before the n submits may go, or -1 (nothing reserved) when it exceeds the max delay.
 */
const RESERVE = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local newTat = tat + interval * tonumber(ARGV[3])
local delay = newTat - interval * tonumber(ARGV[2]) - now
if delay > tonumber(ARGV[4]) then return -1 end
if delay < 0 then delay = 0 end
redis.call('SET', KEYS[1], string.format('%.0f', newTat), 'PX', math.ceil((newTat - now) / 1000) + 1000)
return math.floor(delay)`;

export interface RedisRateStoreOptions {
  connection: RedisConnection;
  prefix: string;
  log: Logger;
  commandTimeoutMs?: number;
  connectWaitMs?: number;
}

export async function createRedisRateStore(opts: RedisRateStoreOptions): Promise<RateStore> {
  const prefix = checkPrefix(opts.prefix);
  const m = await openRedis({ ...opts, component: 'limiter' });
  m.client.defineCommand('rlReserve', { numberOfKeys: 1, lua: RESERVE });
  const r = m.client as unknown as { rlReserve(key: string, interval: number, burst: number, n: number, maxDelay: number): Promise<number> };
  return {
    get health() {
      return m.health;
    },
    reserve(kind, name, rate, burst, n, maxDelayMs) {
      return m.run('reserve', async () => {
        const us = await r.rlReserve(rateKey(prefix, kind, name), 1e6 / rate, burst, n, Math.round(maxDelayMs * 1000));
        return us < 0 ? -1 : us / 1000;
      });
    },
    close: () => m.close(),
  };
}
