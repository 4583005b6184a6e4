export * from './resultColumns';
export * from './resultsQuery';
export type { ReadinessResultsPage } from './resultsPage';
