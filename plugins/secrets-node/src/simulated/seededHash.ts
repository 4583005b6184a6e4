/** FNV-1a: the same string always gives the same number in [0, 2^32). */
export function seededHash(seed: string, value: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${value}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
