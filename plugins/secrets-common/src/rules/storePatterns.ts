// Each store name is matched against every pattern: normalise it once.
const NORMALISED_CACHE_SIZE = 10_000;
const normalisedTexts = new Map<string, string>();

/**
 * A name or title as lower-case words joined by `-`: `AWS Secrets Manager`,
 * `aws_secrets_manager` and `awsSecretsManager` all read `aws-secrets-manager`.
 */
export function normaliseStoreText(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = words(text, /[^a-z0-9]+/g);
    if (normalisedTexts.size >= NORMALISED_CACHE_SIZE) {
      normalisedTexts.clear();
    }
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

function words(text: string, separators: RegExp): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLocaleLowerCase('en-US')
    .replace(separators, '-')
    .replace(/^-+|-+$/g, '');
}

const compiled = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    const body = words(pattern, /[^a-z0-9*]+/g)
      .split('*')
      .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[a-z0-9-]*');
    regExp = new RegExp(`(?:^|-)${body}(?:-|$)`);
    compiled.set(pattern, regExp);
  }
  return regExp;
}

/**
 * Whether `pattern` names whole words of `text` (see `normaliseStoreText`):
 * `vault` matches `vault-prod` and `Vault (prod)` but not `vaultwarden`;
 * `*` matches any characters, so `laptop*` matches `team-laptops`.
 */
export function matchesStorePattern(pattern: string, text: string): boolean {
  const normalised = normaliseStoreText(text);
  return normalised !== '' && patternRegExp(pattern).test(normalised);
}

/** The first of `patterns` that matches `text`, if any. */
export function firstMatchingPattern(
  patterns: readonly string[],
  text: string | undefined,
): string | undefined {
  if (!text) {
    return undefined;
  }
  return patterns.find(pattern => matchesStorePattern(pattern, text));
}
