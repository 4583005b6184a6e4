import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  ExtensionDefinition,
  OverridableFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * A minimal entity of `kind` with `spec`, named `some-<spec.type or kind>` in the default
 * namespace: what an extension's entity filter is asked about.
 */
export function testEntity(
  kind: string,
  spec: NonNullable<Entity['spec']> = {},
): Entity {
  const type = typeof spec.type === 'string' ? spec.type : undefined;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: `some-${type ?? kind}`.toLocaleLowerCase('en-US'),
      namespace: 'default',
    },
    spec,
  };
}

/**
 * The entity filter an entity extension (card, content, …) outputs, through the new frontend
 * system's extension tester; throws when it has none. Every entity blueprint outputs the same
 * filter data ref (`catalog.entity-filter-function`).
 */
export function entityFilterOf(
  extension: ExtensionDefinition<any>,
): (entity: Entity) => boolean {
  const filter = createExtensionTester(extension).get(
    EntityCardBlueprint.dataRefs.filterFunction,
  ) as ((entity: Entity) => boolean) | undefined;
  if (!filter) {
    throw new Error(`${extensionName(extension)} has no entity filter`);
  }
  return filter;
}

/**
 * The entity filter of `plugin`'s extension `id` (one of its own ids), as
 * {@link entityFilterOf} gives it.
 */
export function entityFilterIn<
  TExtensionMap extends { [id in string]: ExtensionDefinition },
>(
  plugin: OverridableFrontendPlugin<any, any, TExtensionMap>,
): (id: keyof TExtensionMap & string) => (entity: Entity) => boolean {
  return id => entityFilterOf(plugin.getExtension(id));
}

/**
 * The `label`s (kinds unless given) of the `entities` that `filter` (or `extension`'s entity
 * filter) accepts, in order.
 */
export function acceptedBy(
  filter: ((entity: Entity) => boolean) | ExtensionDefinition<any>,
  entities: readonly Entity[],
  label: (entity: Entity) => string = entity => entity.kind,
): string[] {
  const accepts =
    typeof filter === 'function' ? filter : entityFilterOf(filter);
  return entities.filter(entity => accepts(entity)).map(label);
}

function extensionName(extension: ExtensionDefinition<any>): string {
  const { kind, name } = extension as { kind?: string; name?: string };
  return [kind, name].filter(Boolean).join(':') || 'the extension';
}

/** The id of the API ref an API extension (`ApiBlueprint`) provides a factory for. */
export function providedApiId(extension: ExtensionDefinition<any>): string {
  const factory = createExtensionTester(extension).get(
    ApiBlueprint.dataRefs.factory,
  ) as { api: { id: string } };
  return factory.api.id;
}
