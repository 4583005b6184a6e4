// Fake credentials built at run time from a seeded generator, so that the
// repository holds nothing a secret scanner would take for a live one.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` random letters and digits, the same for the same seed. */
export function randomAlnum(seed: number, length: number): string {
  const random = seededRandom(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALNUM[Math.floor(random() * ALNUM.length)];
  }
  return out;
}

/** Looks like a GitHub personal access token. */
export const fakeGithubToken = (seed = 1) =>
  `ghp${'_'}${randomAlnum(seed, 36)}`;

/** Looks like an AWS access key id. */
export const fakeAwsKeyId = (seed = 2) =>
  `AKIA${randomAlnum(seed, 16).toUpperCase()}`;

/** A random value for a field named like a secret. */
export const fakeGenericSecret = (seed = 3) => randomAlnum(seed, 32);
