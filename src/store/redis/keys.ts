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
