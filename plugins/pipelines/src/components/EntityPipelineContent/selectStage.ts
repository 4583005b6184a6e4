import {
  PipelineView,
  healthSeverity,
} from '@stagecraft/plugin-pipelines-common';

/**
 * Stage refs in the order data flows: sources first (by longest path from a stage nothing
 * feeds), ties and cycles broken by the order the pipeline lists them.
 */
export function flowOrder(
  view: Pick<PipelineView, 'stages' | 'edges'>,
): string[] {
  const refs = view.stages.map(s => s.ref);
  const rank = new Map(refs.map(r => [r, 0]));
  // Bellman-Ford style relaxation, bounded so cycles cannot loop forever.
  for (let i = 0; i < refs.length; i++) {
    let changed = false;
    for (const { from, to } of view.edges) {
      const next = (rank.get(from) ?? 0) + 1;
      if (rank.has(to) && next > rank.get(to)! && next < refs.length) {
        rank.set(to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return [...refs].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/**
 * The stage to show charts for: the one asked for (URL), else the one in the worst state
 * (so whoever is paged lands on the trouble), else the first stage with metrics in flow order.
 */
export function selectStage(
  view: PipelineView,
  requested?: string | null,
): string | undefined {
  if (requested && view.stages.some(s => s.ref === requested)) return requested;
  const byRef = new Map(view.stages.map(s => [s.ref, s]));
  const ordered = flowOrder(view).map(ref => byRef.get(ref)!);
  const monitored = ordered.filter(s => s.aws);
  const worst = [...monitored].sort(
    (a, b) => healthSeverity(b.health.state) - healthSeverity(a.health.state),
  )[0];
  if (worst && healthSeverity(worst.health.state) > healthSeverity('ok'))
    return worst.ref;
  return monitored[0]?.ref ?? ordered[0]?.ref;
}
