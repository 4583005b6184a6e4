import { mulberry32 } from '@stagecraft/catalog-conventions-common';

/** FNV-1a: a stable 32-bit hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes integers (up to 2^53) into a 32-bit seed. */
export function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    const low = v | 0;
    const high = Math.floor(v / 4294967296) | 0;
    h ^= Math.imul(low, 0x85ebca6b) ^ Math.imul(high, 0x27d4eb2f);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** One deterministic draw in [0, 1) for a seed and some integers (e.g. metric salt and minute). */
export function draw(seed: number, ...values: number[]): number {
  return mulberry32(mix(seed, ...values))();
}
