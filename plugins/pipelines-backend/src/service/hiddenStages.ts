import { PipelineView, worstHealth } from '@stagecraft/plugin-pipelines-common';

export function hiddenStagesProblem(count: number): string {
  return count === 1
    ? '1 stage is not shown: you may not read it in the catalog.'
    : `${count} stages are not shown: you may not read them in the catalog.`;
}

/** The view without the hidden stages and their edges, saying how many were left out. */
export function withoutStages(
  view: PipelineView,
  hidden: ReadonlySet<string>,
): PipelineView {
  if (hidden.size === 0) return view;
  const stages = view.stages.filter(stage => !hidden.has(stage.ref));
  return {
    ...view,
    health: worstHealth(stages.map(stage => stage.health.state)),
    stages,
    edges: view.edges.filter(
      edge => !hidden.has(edge.from) && !hidden.has(edge.to),
    ),
    problems: [...view.problems, hiddenStagesProblem(hidden.size)],
  };
}
