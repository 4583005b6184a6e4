import { Entity } from '@backstage/catalog-model';
import { declaresExpectedPeak } from '@stagecraft/catalog-conventions-common';

/** A Component or System declaring an expected peak: what the capacity card is shown on. */
export function hasExpectedPeak(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    (kind === 'component' || kind === 'system') && declaresExpectedPeak(entity)
  );
}
