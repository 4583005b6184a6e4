import { mulberry32 } from '@stagecraft/catalog-conventions-common';

// Seeded randomness for test data and benches: the same seed gives the same
// values on every run, so fake credentials can be built at run time (the
// repository then holds nothing a secret scanner would take for a live one)
// and every bench run measures the same data.

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64 = `${ALNUM}+/`;
export const BASE64URL = `${ALNUM}-_`;
export const BASE32 = `${UPPER}234567`;
export const LETTERS = UPPER + LOWER;
export const UPPER_DIGITS = UPPER + DIGITS;
export const LOWER_DIGITS = LOWER + DIGITS;

export { mulberry32 };

export type SeededRandom = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chars(alphabet: string, length: number): string;
  hex(length: number): string;
  uuid(): string;
  bytes(length: number): Buffer;
};

/** Random draws of the kinds test data needs, all from one `mulberry32(seed)` sequence. */
export function seededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  const int = (min: number, maxInclusive: number) =>
    min + Math.floor(next() * (maxInclusive - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const chars = (alphabet: string, length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) {
      out += alphabet[Math.floor(next() * alphabet.length)];
    }
    return out;
  };
  const hex = (length: number) => chars(HEX, length);
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(
      3,
    )}-${hex(12)}`;
  const bytes = (length: number) => {
    const buffer = Buffer.alloc(length);
    for (let i = 0; i < length; i++) {
      buffer[i] = Math.floor(next() * 256);
    }
    return buffer;
  };
  return { next, int, pick, chars, hex, uuid, bytes };
}
