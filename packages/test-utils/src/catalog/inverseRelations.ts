const FORWARD_TO_INVERSE: Record<string, string> = {
  dependsOn: 'dependencyOf',
  storedIn: 'stores',
  readsFrom: 'readBy',
  writesTo: 'writtenBy',
  partOf: 'hasPart',
  ownedBy: 'ownerOf',
  consumesApi: 'apiConsumedBy',
  providesApi: 'apiProvidedBy',
  memberOf: 'hasMember',
};

/**
 * The relation type the catalog emits on the other entity for each relation
 * type, in both directions (`dependsOn` ↔ `dependencyOf`, …).
 */
export const INVERSE_RELATION: Readonly<Record<string, string>> = {
  ...FORWARD_TO_INVERSE,
  ...Object.fromEntries(
    Object.entries(FORWARD_TO_INVERSE).map(([forward, inverse]) => [
      inverse,
      forward,
    ]),
  ),
};
