/**
 * The portal path of an entity's page (`/catalog/<namespace>/<kind>/<name>`), optionally a
 * tab of it, for notification links: the notifications backend resolves a path against
 * `app.baseUrl`. `entityRef` is a full reference, `kind:namespace/name` (the namespace
 * may be left out for `default`).
 *
 * @public
 */
export function entityPageLink(entityRef: string, tab?: string): string {
  const match = /^([^:/]+):(?:([^:/]+)\/)?([^:/]+)$/.exec(entityRef);
  if (!match) {
    throw new TypeError(
      `Not an entity reference of the form kind:namespace/name: ${entityRef}`,
    );
  }
  const [, kind, namespace = 'default', name] = match;
  const path = [namespace, kind.toLocaleLowerCase('en-US'), name]
    .map(encodeURIComponent)
    .join('/');
  return `/catalog/${path}${tab ? `/${encodeURIComponent(tab)}` : ''}`;
}
