import { findSecretValues } from '../leaks';

/**
 * What the leak detectors take `name` for, e.g. `a GitHub token`; undefined
 * when it does not look like secret material.
 */
export function secretLookingName(name: string): string | undefined {
  const [leak] = findSecretValues({ metadata: { name } });
  if (!leak) {
    return undefined;
  }
  // Detector messages read "Value looks like a GitHub token."
  const looksLike = /looks like (.+?)\.?$/i.exec(leak.message)?.[1];
  return looksLike ?? `a secret (${leak.detector})`;
}

/**
 * `name` (an entity name or ref) as it may be printed: itself, or a stand-in
 * such as `<redacted: looks like a GitHub token>` when it looks like secret
 * material, so that a token used as `metadata.name` never reaches a log.
 */
export function safeEntityName(name: string): string {
  const looksLike = secretLookingName(name);
  return looksLike === undefined ? name : `<redacted: looks like ${looksLike}>`;
}
