import { Entity } from '@backstage/catalog-model';
import {
  buildReadinessCatalogView,
  DEFAULT_READINESS_RULES_CONFIG,
  Campaign,
  evaluateCampaign,
  evaluateReadiness,
  groupHierarchy,
} from '@stagecraft/plugin-readiness-common';

/** Five departments above the generated teams, so the rollup follows a real hierarchy. */
function withDepartments(entities: Entity[]): Entity[] {
  const departments = Array.from({ length: 5 }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: `dept-${i}`, namespace: 'default' },
    spec: { type: 'department', children: [] },
  }));
  let team = 0;
  const teams = entities.map(entity =>
    entity.kind === 'Group'
      ? {
          ...entity,
          spec: { ...entity.spec, parent: `group:default/dept-${team++ % 5}` },
        }
      : entity,
  );
  return [...departments, ...teams];
}

/** A campaign over every Component and Resource, asking for evidence and stored checks. */
const campaign: Campaign = {
  id: 'bench',
  name: 'Bench peak',
  description: '',
  startDate: '2026-11-01',
  deadline: '2026-12-18',
  scope: { kinds: ['Component', 'Resource', 'System'] },
  requiredChecks: [
    'load-test',
    'failover-drill',
    'runbook',
    'runbook-reviewed',
    'monitors',
    'owner',
  ],
  runbookReviewedWithinDays: 180,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

/**
 * Prepares what the backend holds before a campaign is judged (the catalog and the stored
 * results, untimed), and returns the timed part: the Group hierarchy, the catalog view and
 * `evaluateCampaign` (scope, each entity's outcomes, totals, rollup), as
 * `CampaignService.progress` does on a fresh snapshot.
 */
export function prepareCampaign(generated: Entity[]) {
  const entities = withDepartments(generated);
  const now = new Date('2026-12-06T10:00:00Z');
  const results = new Map(
    evaluateReadiness(entities, undefined, now).map(r => [r.entityRef, r]),
  );
  return () => {
    const progress = evaluateCampaign(campaign, entities, {
      catalog: buildReadinessCatalogView(entities),
      hierarchy: groupHierarchy(entities.filter(e => e.kind === 'Group')),
      config: DEFAULT_READINESS_RULES_CONFIG,
      resultOf: ref => results.get(ref),
      now,
    });
    return {
      evaluated: progress.entities.length,
      failing: progress.totals.owing,
      rollupRows: progress.rollup.length,
    };
  };
}
