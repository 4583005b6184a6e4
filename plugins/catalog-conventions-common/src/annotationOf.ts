import { Entity } from '@backstage/catalog-model';

/** A trimmed annotation value, or undefined when missing or blank. */
export function annotationOf(
  entity: Entity | undefined,
  name: string,
): string | undefined {
  const value = entity?.metadata?.annotations?.[name];
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
