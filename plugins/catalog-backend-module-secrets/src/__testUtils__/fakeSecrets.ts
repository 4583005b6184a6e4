import { randomInt } from 'crypto';

// Fake secrets are made at run time so that the repository holds nothing a
// secret scanner would take for a live credential.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALNUM[randomInt(ALNUM.length)];
  }
  return out;
}

/** A value shaped like a GitHub personal access token. */
export function fakeGithubToken(): string {
  return `ghp_${randomChars(36)}`;
}

/** A random password; only recognisable by the field it is in. */
export function fakePassword(): string {
  return `${randomChars(10)}-${randomChars(10)}`;
}

/**
 * Pieces of a secret to search storage for: the value and fragments of it, so
 * that a truncated or re-encoded copy is found too. Lower-cased, because the
 * catalog's search table stores values lower-cased.
 */
export function fragmentsOf(value: string): string[] {
  const lower = value.toLocaleLowerCase('en-US');
  const fragments = [lower];
  // 8 characters: JavaScript's JSON parse errors quote about ten.
  for (let start = 0; start + 8 <= lower.length; start += 4) {
    fragments.push(lower.slice(start, start + 8));
  }
  return fragments;
}

/** Eight random digits, as a numeric password. */
export function fakeNumericPassword(): number {
  return 10_000_000 + randomInt(90_000_000);
}

/** A value shaped like an Azure storage account key (64 random bytes, base64). */
export function fakeAzureStorageKey(): string {
  return Buffer.from(Array.from({ length: 64 }, () => randomInt(256))).toString(
    'base64',
  );
}
