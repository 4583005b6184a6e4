import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Fragment } from 'react';

/**
 * A full entity ref of a catalog kind, as the checks write them (`group:default/team`). The name
 * ends with a letter or digit so that a sentence's full stop stays out of it, and a placeholder
 * such as `group:default/<team>` does not match.
 */
const ENTITY_REF =
  /\b(?:component|api|resource|system|domain|group|user|template):[a-z0-9][a-z0-9_.-]*\/[a-z0-9](?:[a-z0-9_.-]*[a-z0-9])?/gi;

/** A check's reason with each entity ref in it shown as a link to the entity, by its title. */
export function ReasonText(props: { text: string }) {
  const { text } = props;
  const parts: Array<string | { ref: string }> = [];
  let last = 0;
  for (const match of text.matchAll(ENTITY_REF)) {
    parts.push(text.slice(last, match.index), { ref: match[0] });
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <EntityRefLink key={i} entityRef={part.ref} />
        ),
      )}
    </>
  );
}
