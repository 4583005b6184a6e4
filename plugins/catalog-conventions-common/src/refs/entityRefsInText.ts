import { HIDDEN_ENTITY } from './hiddenEntity';

/** The kinds whose refs are linked in prose by default: the catalog's own kinds. */
const CATALOG_KINDS =
  'component|api|resource|system|domain|group|user|template';

/** Any kind: a letter, then letters, digits, `_` and `-`, as the catalog allows. */
const ANY_KIND = '[a-z][a-z0-9_-]*';

/**
 * A full entity ref (`group:default/team`). Namespace and name start with a letter or digit and
 * the name ends with one, as the catalog requires, so that a sentence's full stop stays out of
 * it and a placeholder such as `group:default/<team>` does not match.
 */
const refInText = (kinds: string) =>
  new RegExp(
    `\\b(?:${kinds}):[a-z0-9][a-z0-9_.-]*\\/[a-z0-9](?:[a-z0-9_.-]*[a-z0-9])?`,
    'gi',
  );

const CATALOG_KIND_REF = refInText(CATALOG_KINDS);
const ANY_KIND_REF = refInText(ANY_KIND);

/** An entity ref found in a sentence, as written, and where it starts. */
export type EntityRefInText = { ref: string; index: number };

/**
 * The full entity refs (`kind:namespace/name`) written in a sentence, in order: of the
 * catalog's own kinds, or with `anyKind` of any kind (for hiding what a caller may not read,
 * where a custom kind must not slip through). Short refs (`group:team`) and bare names are
 * left as text: in prose they are not told apart from words.
 */
export function entityRefsInText(
  text: string,
  options: { anyKind?: boolean } = {},
): EntityRefInText[] {
  const pattern = options.anyKind ? ANY_KIND_REF : CATALOG_KIND_REF;
  return [...text.matchAll(pattern)].map(match => ({
    ref: match[0],
    index: match.index!,
  }));
}

/**
 * `text` with each full entity ref of any kind that `isHidden` holds read as
 * {@link HIDDEN_ENTITY}, with a capital letter where it starts a sentence.
 */
export function hideEntityRefsInText(
  text: string,
  isHidden: (ref: string) => boolean,
): string {
  return text.replace(ANY_KIND_REF, (ref: string, offset: number) => {
    if (!isHidden(ref)) return ref;
    const startsSentence = /(?:^|[.!?]\s+)$/.test(text.slice(0, offset));
    return startsSentence
      ? HIDDEN_ENTITY[0].toUpperCase() + HIDDEN_ENTITY.slice(1)
      : HIDDEN_ENTITY;
  });
}
