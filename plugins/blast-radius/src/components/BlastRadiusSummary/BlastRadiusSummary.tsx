import { Typography } from '@material-ui/core';
import {
  BlastRadiusResult,
  MAX_BLAST_RADIUS_LIMIT,
} from '@stagecraft/plugin-blast-radius-common';

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function plural(n: number, word: string): string {
  if (n === 1) {
    return `1 ${word}`;
  }
  return `${count(n)} ${word === 'entity' ? 'entities' : `${word}s`}`;
}

function byKindText(byKind: Map<string, number>): string {
  return [...byKind.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => plural(n, kind))
    .join(', ');
}

/** True when the answer holds fewer entities than the blast radius reaches. */
export function isCutAtLimit(result: BlastRadiusResult): boolean {
  return result.nodes.length < result.totalCount;
}

/**
 * Counts of a blast radius by kind, e.g. "12 entities: 7 resources, 5
 * components", over every affected entity, those beyond the limit included.
 */
export function summarizeBlastRadius(result: BlastRadiusResult): string {
  const reached = result.nodes.filter(n => n.distance > 0);
  const byKind = new Map<string, number>();
  for (const node of reached) {
    byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
  }
  for (const [kind, n] of Object.entries(result.omittedByKind)) {
    byKind.set(kind, (byKind.get(kind) ?? 0) + n);
  }
  const total = result.totalCount - 1;
  // The start's owner counts only if it owns something else that breaks.
  const owners = result.owners.filter(
    o => o.nearestDistance > 0 || o.entityCount > 1,
  ).length;
  const verb =
    result.direction === 'dependents' ? 'Breaks with it' : 'It needs';
  if (total === 0) {
    return result.direction === 'dependents'
      ? 'Nothing in the catalog depends on this entity along the selected relations.'
      : 'This entity needs nothing in the catalog along the selected relations.';
  }
  // Systems are known only for the entities in the answer.
  const systems = isCutAtLimit(result)
    ? ''
    : ` in ${plural(
        new Set(reached.map(n => n.system).filter(Boolean)).size,
        'system',
      )}`;
  return `${verb}: ${plural(total, 'entity')} (${byKindText(
    byKind,
  )})${systems}, owned by ${plural(owners, 'owner')}.`;
}

/** What the graph leaves out beyond the limit, e.g. "Showing the nearest 500 of 44,542; …". */
export function describeLimit(result: BlastRadiusResult): string | undefined {
  if (!isCutAtLimit(result)) {
    return undefined;
  }
  const beyond = byKindText(new Map(Object.entries(result.omittedByKind)));
  return `Showing the nearest ${count(result.nodes.length)} of ${count(
    result.totalCount,
  )}; not shown: ${beyond}. Every owner is listed below.`;
}

export function BlastRadiusSummary({ result }: { result: BlastRadiusResult }) {
  const limitText = describeLimit(result);
  return (
    <>
      <Typography variant="body1">{summarizeBlastRadius(result)}</Typography>
      {limitText && (
        <Typography variant="body2" color="textSecondary">
          {limitText}
          {result.limit < MAX_BLAST_RADIUS_LIMIT &&
            ' Raise “Show at most” to see more.'}
        </Typography>
      )}
      {result.truncated && (
        <Typography variant="body2" color="textSecondary">
          More entities lie beyond depth {result.depth}.
        </Typography>
      )}
      {result.hiddenCount > 0 && (
        <Typography variant="body2" color="textSecondary">
          {plural(result.hiddenCount, 'entity')} you may not read{' '}
          {result.hiddenCount === 1 ? 'is' : 'are'} left out.
        </Typography>
      )}
    </>
  );
}
