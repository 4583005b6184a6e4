import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { findSecretValues } from '@stagecraft/plugin-secrets-common';
import { ANNOTATION_LEAK_REPORT } from './annotations';
import { describeLeak, safeIdentity } from './describeLeak';

/**
 * The processing half of the leak guard.
 *
 * - Fails the stand-ins the leak guard parser emits for refused entities,
 *   with the parser's message. It runs before every other processor, so the
 *   stand-in's missing spec is never reported instead.
 * - Checks every entity again after pre-processing. Placeholders (`$text`,
 *   `$file`…) and entity providers bring in values the parser never saw; a
 *   flagged entity fails processing, so the catalog neither serves nor stores
 *   its processed form.
 */
export class SecretLeakGuardProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'SecretLeakGuardProcessor';
  }

  getPriority(): number {
    return 0;
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    const report = entity.metadata?.annotations?.[ANNOTATION_LEAK_REPORT];
    if (report) {
      throw new InputError(report);
    }
    return entity;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
  ): Promise<Entity> {
    const findings = findSecretValues(entity);
    if (findings.length > 0) {
      throw new InputError(
        describeLeak(safeIdentity(entity, findings), location, findings),
      );
    }
    return entity;
  }
}
