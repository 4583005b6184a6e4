// Fake credentials built at run time from a seeded generator, so that the
// repository holds nothing a secret scanner would take for a live one.

import { ALNUM, seededRandom } from '@internal/stagecraft-test-utils';

/** `length` random letters and digits, the same for the same seed. */
export function randomAlnum(seed: number, length: number): string {
  return seededRandom(seed).chars(ALNUM, length);
}

/** Looks like a GitHub personal access token. */
export const fakeGithubToken = (seed = 1) =>
  `ghp${'_'}${randomAlnum(seed, 36)}`;

/** Looks like an AWS access key id. */
export const fakeAwsKeyId = (seed = 2) =>
  `AKIA${randomAlnum(seed, 16).toUpperCase()}`;

/** A random value for a field named like a secret. */
export const fakeGenericSecret = (seed = 3) => randomAlnum(seed, 32);
