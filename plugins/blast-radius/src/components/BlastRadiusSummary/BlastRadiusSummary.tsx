import { Typography } from '@material-ui/core';
import { BlastRadiusResult } from '@stagecraft/plugin-blast-radius-common';

function plural(count: number, word: string): string {
  if (count === 1) {
    return `1 ${word}`;
  }
  return `${count} ${word === 'entity' ? 'entities' : `${word}s`}`;
}

/** Counts of a blast radius by kind, e.g. "12 entities: 7 resources, 5 components". */
export function summarizeBlastRadius(result: BlastRadiusResult): string {
  const reached = result.nodes.filter(n => n.distance > 0);
  const byKind = new Map<string, number>();
  for (const node of reached) {
    byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
  }
  const kinds = [...byKind.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, count]) => plural(count, kind))
    .join(', ');
  const systems = new Set(reached.map(n => n.system).filter(Boolean)).size;
  const owners = new Set(reached.map(n => n.owner).filter(Boolean)).size;
  const verb =
    result.direction === 'dependents' ? 'Breaks with it' : 'It needs';
  if (reached.length === 0) {
    return result.direction === 'dependents'
      ? 'Nothing in the catalog depends on this entity along the selected relations.'
      : 'This entity needs nothing in the catalog along the selected relations.';
  }
  return `${verb}: ${plural(reached.length, 'entity')} (${kinds}) in ${plural(
    systems,
    'system',
  )}, owned by ${plural(owners, 'owner')}.`;
}

export function BlastRadiusSummary({ result }: { result: BlastRadiusResult }) {
  return (
    <>
      <Typography variant="body1">{summarizeBlastRadius(result)}</Typography>
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
