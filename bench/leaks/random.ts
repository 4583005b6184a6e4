/** Seeded random helpers, so that every run generates the same labelled set. */
import { mulberry32 } from '../mulberry32';

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64 = `${ALNUM}+/`;
export const BASE64URL = `${ALNUM}-_`;
export const BASE32 = `${UPPER}234567`;

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chars(alphabet: string, length: number): string;
  hex(length: number): string;
  uuid(): string;
  bytes(length: number): Buffer;
};

export function seededRandom(seed: number): Random {
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

export const base64url = (data: string | Buffer) =>
  Buffer.from(data).toString('base64url');

/** Wraps a base64 body at 64 columns, as PEM does. */
export function wrap64(body: string): string {
  return body.match(/.{1,64}/g)!.join('\n');
}
