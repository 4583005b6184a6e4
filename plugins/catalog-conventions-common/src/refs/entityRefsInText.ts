/**
 * A full entity ref of a catalog kind, as checks and messages write them (`group:default/team`).
 * The name ends with a letter or digit so that a sentence's full stop stays out of it, and a
 * placeholder such as `group:default/<team>` does not match.
 */
const ENTITY_REF_IN_TEXT =
  /\b(?:component|api|resource|system|domain|group|user|template):[a-z0-9][a-z0-9_.-]*\/[a-z0-9](?:[a-z0-9_.-]*[a-z0-9])?/gi;

/** An entity ref found in a sentence, as written, and where it starts. */
export type EntityRefInText = { ref: string; index: number };

/**
 * The full entity refs (`kind:namespace/name`, of a catalog kind) written in a sentence, in
 * order. Short refs (`group:team`) and bare names are left as text: in prose they are not
 * told apart from words.
 */
export function entityRefsInText(text: string): EntityRefInText[] {
  return [...text.matchAll(ENTITY_REF_IN_TEXT)].map(match => ({
    ref: match[0],
    index: match.index!,
  }));
}
