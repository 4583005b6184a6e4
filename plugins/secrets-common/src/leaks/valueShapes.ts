import { shannonEntropy } from './entropy';

// Also matches Backstage location refs such as url:https://…
const URL_PATTERN = /^([a-z][a-z0-9+.-]*:)+\/\/\S+$/i;
const ARN_PATTERN = /^arn:aws[a-z-]*:/;
const ENTITY_KINDS =
  'component|api|system|domain|resource|group|user|location|template';
const ENTITY_REF_PATTERN = new RegExp(
  `^(${ENTITY_KINDS}):([a-z0-9._-]+/)?[a-z0-9._-]+$`,
  'i',
);
const PATH_PATTERN = /^\/?[\w.-]+(\/[\w.-]+)+\/?$/;

const NUMBER_SEGMENT = /^\d{1,4}$/;
const VERSION_SEGMENT = /^v\d{1,3}$/i;
const ABBREVIATION_SEGMENT = /^[A-Za-z]{1,3}$/;
// k8s, s3, ec2, oauth2: short letter-digit mixes read as abbreviations.
const SHORT_ALNUM_SEGMENT = /^[A-Za-z0-9]{2,6}$/;
const WORD_SEGMENT = /^[A-Za-z]{4,24}\d{0,4}$/;
const VOWEL = /[aeiouy]/i;
// Five consonants in a row almost never occur in words, often in random letters.
const CONSONANT_RUN = /[b-df-hj-np-tv-xz]{5}/i;

/**
 * Minimum Shannon entropy (bits per character) for a value in a secret-named
 * field to count as random: 3, or less for short values, whose entropy is
 * capped by their length (16 random hex characters average about 3.4, and
 * one in seven falls below 3). Identifiers are ruled out by `isWordLike`
 * already; entropy removes repetitive strings such as `aaaa1111aaaa1111`.
 */
export function randomEntropyThreshold(length: number): number {
  return Math.min(3, Math.log2(length) - 1.5);
}

/** Minimum length of a generic random-looking secret. */
export const MIN_RANDOM_LENGTH = 16;

export function isUrl(value: string): boolean {
  return URL_PATTERN.test(value);
}

export function isArn(value: string): boolean {
  return ARN_PATTERN.test(value);
}

/** `component:default/name`, `resource:name`, with a known kind. */
export function isEntityRef(value: string): boolean {
  return ENTITY_REF_PATTERN.test(value);
}

function segments(value: string): string[] {
  // camelCase boundaries only exist where there are lower-case letters
  const pieces = /[a-z]/.test(value)
    ? value
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    : value;
  return pieces.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function isWord(part: string, capsWords: boolean): boolean {
  return (
    WORD_SEGMENT.test(part) &&
    VOWEL.test(part) &&
    !CONSONANT_RUN.test(part) &&
    (capsWords || /[a-z]/.test(part))
  );
}

/**
 * True when the value reads as words: `prod-db-password`, `myService2Token`,
 * `k8s-dns-node-cache-app`. Every piece must be a word, a number or an
 * abbreviation, and words must make up at least half of the characters.
 * Random tokens break into pieces that fail one of these. Upper-case pieces
 * count as words only in upper-case values (`DB_PASSWORD`): in mixed-case
 * random tokens they are chance runs of capitals.
 */
export function isWordLike(
  value: string,
  capsWords: boolean = !/[a-z]/.test(value),
): boolean {
  const parts = segments(value);
  if (parts.length === 0) {
    return true;
  }
  const total = parts.join('').length;
  if (parts.length >= 4 && total / parts.length < 3) {
    return false;
  }
  const valid = parts.every(
    part =>
      isWord(part, capsWords) ||
      NUMBER_SEGMENT.test(part) ||
      VERSION_SEGMENT.test(part) ||
      ABBREVIATION_SEGMENT.test(part) ||
      SHORT_ALNUM_SEGMENT.test(part),
  );
  const wordChars = parts
    .filter(part => isWord(part, capsWords))
    .join('').length;
  return valid && wordChars >= 0.5 * total;
}

/**
 * A slash-separated path made mostly of words, e.g. a Secrets Manager name
 * `prod/reviews/aurora-writer` or a repository slug `0GiS0/tour-of-heroes`.
 * Slashes in base64 secrets separate random pieces instead.
 */
export function isPathLike(value: string): boolean {
  if (!PATH_PATTERN.test(value)) {
    return false;
  }
  const capsWords = !/[a-z]/.test(value);
  const parts = value.split('/').filter(Boolean);
  const wordLike = parts.filter(part => isWordLike(part, capsWords));
  return (
    wordLike.length * 2 >= parts.length &&
    wordLike.some(part => part.length >= 6)
  );
}

/** True when the value mixes at least two of lower case, upper case and digits. */
export function mixesCharacterClasses(value: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter(c => c.test(value)).length;
  return classes >= 2;
}

/**
 * True when the value looks like a random token: long enough, one piece,
 * mixing character classes, not a URL, entity ref, ARN or path, not made of
 * words, and high in entropy. Single-class strings (all lower-case letters,
 * all digits) are treated as names and numbers.
 */
export function looksRandom(value: string): boolean {
  return (
    value.length >= MIN_RANDOM_LENGTH &&
    !/\s/.test(value) &&
    mixesCharacterClasses(value) &&
    !isUrl(value) &&
    !isEntityRef(value) &&
    !isArn(value) &&
    !isPathLike(value) &&
    !isWordLike(value) &&
    shannonEntropy(value) >= randomEntropyThreshold(value.length)
  );
}
