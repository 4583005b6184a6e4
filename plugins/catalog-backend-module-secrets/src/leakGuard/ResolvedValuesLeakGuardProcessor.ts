import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { describeLeak, safeIdentity } from './describeLeak';
import { findLeaks } from './findLeaks';

/**
 * Processors run in ascending priority (default 20; the placeholder
 * processor runs first of the built-ins). This one runs last among the
 * pre-processors, so it sees every resolved value.
 */
export const RESOLVED_VALUES_PRIORITY = 10_000;

/**
 * Checks every entity again once pre-processing has resolved it. Placeholders
 * (`$text`, `$json`, `$yaml`) and entity providers bring in values the
 * parser never saw. The check runs before the catalog's policy and
 * validation steps, whose errors quote field values (`... but found "<value>"`)
 * and are stored and logged; a flagged entity fails with a message naming
 * the fields only, so the catalog neither serves nor stores it.
 */
export class ResolvedValuesLeakGuardProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'ResolvedValuesLeakGuardProcessor';
  }

  getPriority(): number {
    return RESOLVED_VALUES_PRIORITY;
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
  ): Promise<Entity> {
    const findings = findLeaks(entity);
    if (findings.length > 0) {
      throw new InputError(
        describeLeak(safeIdentity(entity, findings), location, findings),
      );
    }
    return entity;
  }
}
