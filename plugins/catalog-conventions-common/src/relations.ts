// Relations Stagecraft's catalog modules emit, beside Backstage's own (`dependsOn`, `partOf`…).

/** From a secret to the store it is kept in (secrets catalog module). */
export const RELATION_STORED_IN = 'storedIn';
/** Inverse of `storedIn`: from a store to a secret kept in it. */
export const RELATION_STORES = 'stores';
/** `source readsFrom target`: the pipeline stage reads data from the target (pipelines catalog module). */
export const RELATION_READS_FROM = 'readsFrom';
/** Inverse of `readsFrom`. */
export const RELATION_READ_BY = 'readBy';
/** `source writesTo target`: the pipeline stage writes data to the target (pipelines catalog module). */
export const RELATION_WRITES_TO = 'writesTo';
/** Inverse of `writesTo`. */
export const RELATION_WRITTEN_BY = 'writtenBy';

const FORWARD_TO_INVERSE: Record<string, string> = {
  dependsOn: 'dependencyOf',
  [RELATION_STORED_IN]: RELATION_STORES,
  [RELATION_READS_FROM]: RELATION_READ_BY,
  [RELATION_WRITES_TO]: RELATION_WRITTEN_BY,
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
