// Lua for the Redis delivery queues: each operation is one script on one key (one round trip, atomic, one
// Cluster slot). Stream ids start with the server's clock in ms, so "older than the TTL" is an XTRIM MINID.
// Consumer group `g`; entries carry one field `p`, the PDU bytes.

const NOW_MINUS_TTL = `local t = redis.call('TIME')
local minid = tostring(tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) - tonumber(ARGV_TTL))`;

/** KEYS: stream. ARGV: max entries, ttl ms, payload, wake channel, client. Returns the id, or nil when full. */
export const APPEND = `local key = KEYS[1]
local max = tonumber(ARGV[1])
local n = redis.call('XLEN', key)
if n >= max then
  ${NOW_MINUS_TTL.replace('ARGV_TTL', 'ARGV[2]')}
  redis.call('XTRIM', key, 'MINID', minid)
  n = redis.call('XLEN', key)
  if n >= max then return false end
end
local id = redis.call('XADD', key, '*', 'p', ARGV[3])
if n == 0 then redis.pcall('XGROUP', 'CREATE', key, 'g', '0') end
redis.call('PEXPIRE', key, ARGV[2])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return id`;

/** KEYS: stream. ARGV: consumer, count, ttl ms. Entries never handed out, after dropping expired ones. */
export const NEXT = `local key = KEYS[1]
if redis.call('EXISTS', key) == 0 then return {} end
${NOW_MINUS_TTL.replace('ARGV_TTL', 'ARGV[3]')}
redis.call('XTRIM', key, 'MINID', minid)
local r = redis.pcall('XREADGROUP', 'GROUP', 'g', ARGV[1], 'COUNT', ARGV[2], 'STREAMS', key, '>')
if type(r) == 'table' and r.err then
  redis.pcall('XGROUP', 'CREATE', key, 'g', '0')
  r = redis.call('XREADGROUP', 'GROUP', 'g', ARGV[1], 'COUNT', ARGV[2], 'STREAMS', key, '>')
end
if not r then return {} end
return r[1][2]`;

/** KEYS: stream. ARGV: consumer, count. This consumer's unacknowledged entries, handed out again (idle reset). */
export const PENDING = `local p = redis.pcall('XPENDING', KEYS[1], 'g', '-', '+', ARGV[2], ARGV[1])
if type(p) ~= 'table' or p.err or #p == 0 then return {} end
local ids = {}
for i, e in ipairs(p) do ids[i] = e[1] end
return redis.call('XCLAIM', KEYS[1], 'g', ARGV[1], 0, unpack(ids))`;

/**
 * KEYS: stream. ARGV: consumer, min idle ms, count, prune idle ms. Entries others held too long, now ours;
 * consumers (dead instances) with nothing pending and idle past the prune time are removed from the group.
 */
export const CLAIM = `local r = redis.pcall('XAUTOCLAIM', KEYS[1], 'g', ARGV[1], ARGV[2], '0-0', 'COUNT', ARGV[3])
if type(r) ~= 'table' or r.err then return {} end
local cs = redis.pcall('XINFO', 'CONSUMERS', KEYS[1], 'g')
if type(cs) == 'table' and not cs.err then
  for _, c in ipairs(cs) do
    local f = {}
    for i = 1, #c, 2 do f[c[i]] = c[i + 1] end
    if f['name'] ~= ARGV[1] and f['pending'] == 0 and f['idle'] > tonumber(ARGV[4]) then
      redis.call('XGROUP', 'DELCONSUMER', KEYS[1], 'g', f['name'])
    end
  end
end
return r[2]`;

/** KEYS: stream. ARGV: ids. Acknowledged and deleted (so the length counts only what is still owed). */
export const ACK = `redis.call('XACK', KEYS[1], 'g', unpack(ARGV))
return redis.call('XDEL', KEYS[1], unpack(ARGV))`;
