import { DriftFinding } from '@stagecraft/plugin-secrets-common';

/** What changed in one store's findings since the run before. */
export type DriftTransitions = {
  /** The store entity's ref. */
  store: string;
  /** When the store was read. */
  checkedAt: string;
  /** True when no findings of the store were stored before: every finding appears. */
  firstRun: boolean;
  /** Findings this run has that the stored ones had not. */
  appeared: DriftFinding[];
  /** Stored findings this run no longer has. */
  resolved: DriftFinding[];
};

/**
 * Told, once per change across every backend replica, which findings of a store appeared
 * and which were resolved. A store that could not be read reports no change.
 */
export interface DriftTransitionListener {
  onTransitions(transitions: DriftTransitions): Promise<void> | void;
}

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
