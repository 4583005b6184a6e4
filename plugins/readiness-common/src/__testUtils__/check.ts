import { Entity } from '@backstage/catalog-model';
import { buildReadinessCatalogView } from '../catalog/catalogView';
import { ReadinessCheck, CheckOutcome } from '../checks/types';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import { ReadinessRulesConfig } from '../types';
import { group, user } from './entities';

/** Runs one check on `entity` with a catalog of `others` plus a default team and on-call user. */
export function runCheck(
  check: ReadinessCheck,
  entity: Entity,
  others: Entity[] = [group(), user()],
  config: ReadinessRulesConfig = DEFAULT_READINESS_RULES_CONFIG,
): CheckOutcome {
  const catalog = buildReadinessCatalogView([entity, ...others]);
  const definition = config.checks.find(c => c.id === check.id)!;
  return check.evaluate(entity, { catalog, config, definition });
}
