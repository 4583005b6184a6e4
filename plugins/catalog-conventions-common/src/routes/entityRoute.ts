/** The entity an entity-scoped route names. */
export type EntityRouteRef = { kind: string; namespace: string; name: string };

/**
 * One entity-scoped REST route, `/entities/:kind/:namespace/:name/<facet>` under
 * its plugin's base URL: `pattern` is what the backend's router registers,
 * `path` is what its client calls.
 *
 * Entity refs are case-insensitive, so there is one rule for case: `path` writes
 * kind, namespace and name in lower case (the form `stringifyEntityRef` gives),
 * and `refOf` lower-cases what a request names, so any case matches.
 */
export type EntityRoute = {
  /** What the route answers about the entity, the last path segment. */
  facet: string;
  /** The express pattern, `/entities/:kind/:namespace/:name/<facet>`. */
  pattern: string;
  /** The path naming `ref`, lower-cased and URL-encoded. */
  path(ref: EntityRouteRef): string;
  /** The entity a matched request names (`req.params`), lower-cased. */
  refOf(params: Record<string, string>): EntityRouteRef;
};

const lowerCase = (text: string) => text.toLocaleLowerCase('en-US');

/** The entity-scoped route answering `facet` (a lower-case word such as `secrets`). */
export function entityRoute(facet: string): EntityRoute {
  return {
    facet,
    pattern: `/entities/:kind/:namespace/:name/${facet}`,
    path: ref => {
      const parts = [ref.kind, ref.namespace, ref.name].map(part =>
        encodeURIComponent(lowerCase(part)),
      );
      return `/entities/${parts.join('/')}/${facet}`;
    },
    refOf: params => ({
      kind: lowerCase(params.kind),
      namespace: lowerCase(params.namespace),
      name: lowerCase(params.name),
    }),
  };
}
