/**
 * What Stagecraft's backends share: deadlines on calls to the outside world, AWS error
 * classification and clients, what a caught error says, a bounded expiring map, concurrency limits and back-off, migrated plugin databases and UTC days of history, which entities a caller may read in the catalog, and notifications to owners on state transitions, sent once across replicas.
 *
 * @packageDocumentation
 */

export * from './deadline';
export * from './aws';
export * from './cache';
export * from './concurrency';
export * from './backoff';
export * from './database';
export * from './transitions';
export * from './outbox';
export * from './errors';
export * from './catalogAccess';
