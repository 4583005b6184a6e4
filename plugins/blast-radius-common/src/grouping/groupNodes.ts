import { BlastRadiusNode, BlastRadiusResult } from '../types';

export type BlastRadiusGroupBy = 'system' | 'owner';

/** Shown entities that share a system or an owner. */
export interface BlastRadiusGroup {
  /** The system or owner ref; `null` for entities without one. */
  key: string | null;
  label: string;
  nodes: BlastRadiusNode[];
}

/**
 * Groups the shown entities by system or owner: nearest group first (the
 * start's own group leads), then by label; entities without a system or
 * owner come last.
 */
export function groupBlastRadiusNodes(
  result: Pick<BlastRadiusResult, 'nodes' | 'references'>,
  by: BlastRadiusGroupBy,
): BlastRadiusGroup[] {
  const groups = new Map<string | null, BlastRadiusGroup>();
  for (const node of result.nodes) {
    const key = node[by] ?? null;
    let group = groups.get(key);
    if (!group) {
      const reference = key ? result.references[key] : undefined;
      group = {
        key,
        label:
          key === null
            ? `No ${by}`
            : reference?.title ?? reference?.name ?? key,
        nodes: [],
      };
      groups.set(key, group);
    }
    group.nodes.push(node);
  }
  const minDistance = (g: BlastRadiusGroup) =>
    Math.min(...g.nodes.map(n => n.distance));
  return [...groups.values()].sort((a, b) => {
    if ((a.key === null) !== (b.key === null)) {
      return a.key === null ? 1 : -1;
    }
    return minDistance(a) - minDistance(b) || a.label.localeCompare(b.label);
  });
}
