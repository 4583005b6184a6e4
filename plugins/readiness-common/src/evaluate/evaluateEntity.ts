import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  buildReadinessCatalogView,
  ReadinessCatalogView,
} from '../catalog/catalogView';
import { appliesTo } from '../checks/appliesTo';
import { BUILT_IN_CHECKS } from '../checks/builtInChecks';
import { evaluateRequirements } from '../checks/requirementsCheck';
import { CheckContext, CheckOutcome } from '../checks/types';
import { RunbookPages } from '../runbooks/runbookPages';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import {
  entityRefOf,
  isKind,
  ownerRefOf,
  ParsedRef,
} from '@stagecraft/catalog-conventions-common';
import { specString } from '../catalog/fieldValues';
import { domainRefOf, systemRefOf } from '../catalog/relatedRefs';
import {
  CheckDefinition,
  CheckResult,
  EntityReadiness,
  ReadinessRulesConfig,
} from '../types';
import { rollUpProductionComplete } from './rollUp';
import { scoreOf, statusOf } from './score';

export const ROLL_UP_CHECK_IDS = ['production-complete'];

/** What the checks read besides the catalog: the runbook pages, and when it is. */
export type EvaluationInputs = Pick<CheckContext, 'runbooks' | 'now'>;

/**
 * The enabled checks that apply to the entity, roll-ups included. A caller that
 * evaluates many entities decides this once per entity and passes it on to
 * {@link evaluateChecks} and {@link finalizeReadiness}.
 */
export function applicableChecks(
  entity: Entity,
  catalog: ReadinessCatalogView,
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
): CheckDefinition[] {
  return config.checks.filter(
    definition =>
      definition.severity !== 'off' &&
      appliesTo(entity, definition.appliesTo, catalog),
  );
}

function toResult(
  definition: CheckDefinition,
  outcome: Pick<CheckOutcome, 'reason' | 'fix' | 'notes' | 'details'> & {
    status: CheckResult['status'];
  },
): CheckResult {
  return {
    checkId: definition.id,
    title: definition.title,
    severity: definition.severity === 'warning' ? 'warning' : 'error',
    status: outcome.status,
    reason: outcome.reason,
    ...(outcome.status !== 'pass' && outcome.fix ? { fix: outcome.fix } : {}),
    ...(definition.fixUrl ? { fixUrl: definition.fixUrl } : {}),
    ...(outcome.notes?.length ? { notes: outcome.notes } : {}),
    verifiedWith: ['catalog'],
    ...(outcome.details ? { details: outcome.details } : {}),
  };
}

/** True when at least one enabled check applies to the entity. */
export function isReadinessApplicable(
  entity: Entity,
  catalog: ReadinessCatalogView,
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
): boolean {
  return applicableChecks(entity, catalog, config).length > 0;
}

/**
 * Runs every enabled, applicable check except the roll-ups, from catalog
 * data alone. The backend verifies some of these results over the network
 * before {@link finalizeReadiness} adds the roll-ups and the score.
 */
export function evaluateChecks(
  entity: Entity,
  catalog: ReadinessCatalogView,
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
  inputs: EvaluationInputs = {},
  applicable: CheckDefinition[] = applicableChecks(entity, catalog, config),
): CheckResult[] {
  return runChecks(entity, catalog, config, applicable, inputs);
}

function runChecks(
  entity: Entity,
  catalog: ReadinessCatalogView,
  config: ReadinessRulesConfig,
  active: CheckDefinition[],
  inputs: EvaluationInputs,
): CheckResult[] {
  return active
    .filter(definition => !ROLL_UP_CHECK_IDS.includes(definition.id))
    .map(definition => {
      const check = BUILT_IN_CHECKS.find(c => c.id === definition.id);
      const outcome = check
        ? check.evaluate(entity, { catalog, config, definition, ...inputs })
        : evaluateRequirements(entity, definition, config.portalBaseUrl);
      return toResult(definition, outcome);
    });
}

function refString(parsed: ParsedRef | undefined): string | undefined {
  if (!parsed) return undefined;
  return parsed.ref ? stringifyEntityRef(parsed.ref) : parsed.raw;
}

/** Owner, system and domain of an entity, for grouping results. */
export function placementOf(
  entity: Entity,
  catalog: ReadinessCatalogView,
): Pick<EntityReadiness, 'owner' | 'system' | 'domain'> {
  const owner = refString(ownerRefOf(entity));
  if (isKind(entity, 'system')) {
    return {
      owner,
      system: entityRefOf(entity),
      domain: refString(domainRefOf(entity)),
    };
  }
  const systemRef = systemRefOf(entity);
  const system = systemRef?.ref ? catalog.getEntity(systemRef.ref) : undefined;
  return {
    owner,
    system: refString(systemRef),
    domain: system ? refString(domainRefOf(system)) : undefined,
  };
}

/** Adds the roll-up checks, the score and the status to verified check results. */
export function finalizeReadiness(
  entity: Entity,
  catalog: ReadinessCatalogView,
  checks: CheckResult[],
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
  evaluatedAt: Date = new Date(),
  applicable: CheckDefinition[] = applicableChecks(entity, catalog, config),
): EntityReadiness {
  const rollUps = applicable.filter(definition =>
    ROLL_UP_CHECK_IDS.includes(definition.id),
  );
  return finish(entity, catalog, checks, config, evaluatedAt, rollUps);
}

function finish(
  entity: Entity,
  catalog: ReadinessCatalogView,
  checks: CheckResult[],
  config: ReadinessRulesConfig,
  evaluatedAt: Date,
  rollUps: CheckDefinition[],
): EntityReadiness {
  const all = [...checks];
  for (const definition of rollUps) {
    if (definition.id === 'production-complete') {
      all.push(
        toResult(
          definition,
          rollUpProductionComplete(checks, config.productionCompleteRequires),
        ),
      );
    }
  }
  const title = entity.metadata?.title;
  return {
    entityRef: entityRefOf(entity),
    kind: entity.kind,
    type: specString(entity, 'type'),
    lifecycle: specString(entity, 'lifecycle'),
    ...(typeof title === 'string' && title ? { title } : {}),
    ...placementOf(entity, catalog),
    score: scoreOf(all, ROLL_UP_CHECK_IDS),
    status: statusOf(all),
    checks: all,
    evaluatedAt: evaluatedAt.toISOString(),
  };
}

/**
 * Evaluates one entity from catalog data alone, or returns undefined when no
 * check applies to it. Results that the backend would verify over the
 * network (PagerDuty, CloudWatch, runbook reachability) say so in their notes.
 */
export function evaluateEntityReadiness(
  entity: Entity,
  catalog: ReadinessCatalogView,
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
  evaluatedAt: Date = new Date(),
  runbooks?: RunbookPages,
): EntityReadiness | undefined {
  const active = applicableChecks(entity, catalog, config);
  if (active.length === 0) {
    return undefined;
  }
  return finish(
    entity,
    catalog,
    runChecks(entity, catalog, config, active, {
      runbooks,
      now: evaluatedAt,
    }),
    config,
    evaluatedAt,
    active.filter(definition => ROLL_UP_CHECK_IDS.includes(definition.id)),
  );
}

/** The result recorded for an entity that could not be evaluated at all. */
export function failedEvaluation(
  entity: Entity,
  error: unknown,
  evaluatedAt: Date = new Date(),
): EntityReadiness {
  let entityRef = '(unknown entity)';
  try {
    entityRef = entityRefOf(entity);
  } catch {
    // keep the placeholder: the entity is too broken to name
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    entityRef,
    kind: typeof entity?.kind === 'string' ? entity.kind : 'unknown',
    score: 0,
    status: 'error',
    checks: [],
    evaluatedAt: evaluatedAt.toISOString(),
    error: `Could not evaluate ${entityRef}: ${message}`,
  };
}

/**
 * Evaluates every entity some check applies to, against the whole set. One
 * entity that cannot be evaluated is reported as an error result and does
 * not stop the others.
 */
export function evaluateReadiness(
  entities: Entity[],
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
  evaluatedAt: Date = new Date(),
  runbooks?: RunbookPages,
): EntityReadiness[] {
  const catalog = buildReadinessCatalogView(entities);
  return entities.flatMap(entity => {
    try {
      const result = evaluateEntityReadiness(
        entity,
        catalog,
        config,
        evaluatedAt,
        runbooks,
      );
      return result ? [result] : [];
    } catch (error) {
      return [failedEvaluation(entity, error, evaluatedAt)];
    }
  });
}
