/**
 * The catalog graph page reads where it starts from its address: `rootEntityRefs[]` (the
 * `qs` brackets format). A plain `rootEntityRefs=` is not read as a list, and the page
 * then draws nothing.
 */
const rootEntityRefsKey = /^rootEntityRefs\[\d*\]$/;

/** Whether the address's query names entities for the graph to start from. */
export function hasRootEntityRefs(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some(key =>
    rootEntityRefsKey.test(key),
  );
}

/** The query (with its `?`) that starts the graph at these entities. */
export function rootEntityRefsQuery(entityRefs: string[]): string {
  const params = new URLSearchParams(
    entityRefs.map(ref => ['rootEntityRefs[]', ref]),
  );
  return `?${params}`;
}
