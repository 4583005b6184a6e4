import { CatalogView } from '@stagecraft/catalog-conventions-common';
import { DriftFinding } from '@stagecraft/plugin-secrets-common';

/** One store's saved run: its findings, and what changed since the run before. */
export type DriftTransitions = {
  /** The store entity's ref. */
  store: string;
  /** When the store was read. */
  checkedAt: string;
  /** True when no findings of the store were stored before: every finding appears. */
  firstRun: boolean;
  /** Every finding of this run: the store's current findings. */
  findings: DriftFinding[];
  /** Findings this run has that the stored ones had not. */
  appeared: DriftFinding[];
  /** Stored findings this run no longer has. */
  resolved: DriftFinding[];
  /** The run's catalog, to look up the store and the secrets the findings name (owners, titles). */
  catalog: CatalogView;
};

/**
 * Told after each run of a store that was read and saved. `appeared` and `resolved` are
 * reported once per change across every backend replica: a replica saving the same change
 * after another sees them empty. `findings` come with every run, so that a listener can
 * re-assert the current state (e.g. retry a notification that failed). A store that could
 * not be read (`unknown`), and a run older than the one stored, are not told.
 */
export interface DriftTransitionListener {
  onTransitions(transitions: DriftTransitions): Promise<void> | void;
}

/** Whether a finding appeared or was resolved. */
export const findingsChanged = (transitions: DriftTransitions) =>
  transitions.appeared.length > 0 || transitions.resolved.length > 0;

/** A finding's identity across runs: kind, store, and the secret it is about, else the item. */
export function driftFindingKey(finding: DriftFinding): string {
  return JSON.stringify([
    finding.kind,
    finding.store,
    finding.secret ?? '',
    finding.secret ? '' : finding.item ?? '',
  ]);
}

/** The findings of `current` not in `previous` (appeared), and those of `previous` not in `current` (resolved). */
export function compareFindings(
  previous: DriftFinding[],
  current: DriftFinding[],
): { appeared: DriftFinding[]; resolved: DriftFinding[] } {
  const before = new Set(previous.map(driftFindingKey));
  const now = new Set(current.map(driftFindingKey));
  return {
    appeared: current.filter(f => !before.has(driftFindingKey(f))),
    resolved: previous.filter(f => !now.has(driftFindingKey(f))),
  };
}
