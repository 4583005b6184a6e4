import { parseEntityRef } from '@backstage/catalog-model';

/**
 * A ref as people read it: `group:default/reviews-team` → `reviews-team`,
 * keeping the kind when it is not the expected one and the namespace when it
 * is not `default`. Falls back to the text as it is when it does not parse.
 */
export function shortRef(ref: string, defaultKind?: string): string {
  try {
    const { kind, namespace, name } = parseEntityRef(ref);
    const showKind =
      !defaultKind ||
      kind.toLocaleLowerCase('en-US') !==
        defaultKind.toLocaleLowerCase('en-US');
    const showNamespace = namespace !== 'default';
    return `${showKind ? `${kind.toLocaleLowerCase('en-US')}:` : ''}${
      showNamespace ? `${namespace}/` : ''
    }${name}`;
  } catch {
    return ref;
  }
}
