/**
 * What Stagecraft's backends share: deadlines on calls to the outside world, AWS error
 * classification and clients, a bounded expiring map, and notifications to owners on state transitions, sent once across replicas.
 *
 * @packageDocumentation
 */

export * from './deadline';
export * from './aws';
export * from './cache';
export * from './transitions';
