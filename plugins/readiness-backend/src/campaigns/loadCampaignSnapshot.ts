import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ReadinessCatalogReader } from '../service/ReadinessCatalogReader';
import { CampaignSnapshot } from './CampaignService';

/** What a Group needs for the hierarchy: its relations (the catalog's) and spec. */
const GROUP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.parent',
  'spec.children',
  'relations',
];

/**
 * The catalog (the fields the checks read) and the Groups with their relations, read with
 * the plugin's own credentials. The readiness results are read per campaign, for the
 * entities in its scope (`CampaignService`).
 */
export async function loadCampaignSnapshot(options: {
  catalog: CatalogService;
  auth: AuthService;
}): Promise<CampaignSnapshot> {
  const { catalog, auth } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const [entities, groups] = await Promise.all([
    new ReadinessCatalogReader(catalog, auth).readAll(),
    (async () => {
      const found: Entity[] = [];
      for await (const page of catalog.streamEntities(
        { filter: { kind: 'Group' }, fields: GROUP_FIELDS, pageSize: 500 },
        { credentials },
      )) {
        found.push(...page);
      }
      return found;
    })(),
  ]);
  return { entities, groups };
}
