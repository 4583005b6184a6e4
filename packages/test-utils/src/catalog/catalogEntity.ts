import { Entity } from '@backstage/catalog-model';
import { stringify } from 'yaml';

/**
 * A `backstage.io/v1alpha1` entity of `kind`: `metadata` is its name, or its metadata
 * (name, annotations, description...).
 */
export function catalogEntity(
  kind: string,
  metadata: string | Entity['metadata'],
  spec: object = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: typeof metadata === 'string' ? { name: metadata } : metadata,
    spec: spec as Entity['spec'],
  };
}

/** The entities as one catalog file: YAML documents separated by `---`. */
export function catalogFile(entities: object[]): string {
  return entities.map(entity => stringify(entity)).join('---\n');
}

/** A secret store: a `secret-store` Resource of `owner` whose provider is `provider`. */
export function secretStoreEntity(
  name: string,
  provider: string,
  owner: string,
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return catalogEntity(
    'Resource',
    {
      name,
      ...metadata,
      annotations: {
        'stagecraft.io/store-provider': provider,
        ...metadata.annotations,
      },
    },
    { type: 'secret-store', owner },
  );
}
