import { secretLookingName } from '@stagecraft/plugin-secrets-common';

/**
 * How problems name an entity: its `kind:namespace/name` ref, or, when the
 * name or namespace looks like secret material, `kind:<redacted: looks like
 * …>` with the file and document that hold it, so that the entity can still
 * be found without the value reaching CI logs.
 */
export function entityLabel(
  ref: string,
  where: { file: string; documentIndex: number },
): string {
  const colon = ref.indexOf(':');
  const looksLike = secretLookingName(ref.slice(colon + 1));
  if (looksLike === undefined) {
    return ref;
  }
  return `${ref.slice(0, colon)}:<redacted: looks like ${looksLike}> (${
    where.file
  }, document ${where.documentIndex + 1})`;
}
