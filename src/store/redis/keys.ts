// Every Redis key phiwall writes is built here, so a deployment can share a Redis under one prefix
// (aedes-persistence-redis does the same).

export function checkPrefix(prefix: string): string {
  if (typeof prefix !== 'string' || prefix.length === 0 || prefix.length > 128 || /[\s*?[\]]/.test(prefix)) {
    throw new Error('redis key prefix must be 1-128 characters without spaces or glob characters');
  }
  return prefix;
}

export function redisKey(prefix: string, key: string): string {
  return prefix + key;
}

// Keys that scripts touch carry a {hash tag} so that, on a Redis Cluster, whatever one script or one
// message needs lives in one slot (the tag is the client or upstream, so different clients still spread).

/** A client's delivery queue (a Stream with one consumer group). */
export function queueKey(prefix: string, client: string): string {
  return `${prefix}dq:{${client}}`;
}

/** The pub/sub channel that says "something was queued for this client". */
export function queueWakeChannel(prefix: string): string {
  return `${prefix}dq:wake`;
}

/** A rate limit's state (GCRA theoretical arrival time): per client (`c`) or per upstream (`u`). */
export function rateKey(prefix: string, kind: 'c' | 'u', name: string): string {
  return `${prefix}rl:${kind}:{${name}}`;
}
