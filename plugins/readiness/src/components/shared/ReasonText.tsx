import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { entityRefsInText } from '@stagecraft/catalog-conventions-common';
import { Fragment } from 'react';

/** A check's reason with each entity ref in it shown as a link to the entity, by its title. */
export function ReasonText(props: { text: string }) {
  const { text } = props;
  const parts: Array<string | { ref: string }> = [];
  let last = 0;
  for (const { ref, index } of entityRefsInText(text)) {
    parts.push(text.slice(last, index), { ref });
    last = index + ref.length;
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
