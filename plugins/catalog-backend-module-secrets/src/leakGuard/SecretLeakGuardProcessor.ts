import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { ANNOTATION_LEAK_REPORT } from './annotations';

/**
 * Fails the stand-ins the leak guard parser emits for refused entities, with
 * the parser's message. It runs before every other processor, so the
 * stand-in's missing spec is never reported instead.
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
}
