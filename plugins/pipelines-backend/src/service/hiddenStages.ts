import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PipelineView, worstHealth } from '@stagecraft/plugin-pipelines-common';

/**
 * Of the stage refs the caller got nothing for, those the plugin's own
 * credentials find: they exist, and the caller may not read them. The others
 * are really missing and stay on the page as missing stages.
 */
export async function unreadableStageRefs(
  catalog: CatalogService,
  auth: AuthService,
  unseenRefs: string[],
): Promise<Set<string>> {
  if (unseenRefs.length === 0) return new Set();
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: unseenRefs,
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  return new Set(unseenRefs.filter((_, index) => Boolean(items[index])));
}

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
