import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  asUser,
  catalogEntity,
  catalogFile,
  catalogReadsForUsers,
  startCatalog,
  teamEntity,
} from '@internal/stagecraft-test-utils';
import { CampaignInput } from '@stagecraft/plugin-readiness-common';
import { readinessPlugin } from '../plugin';

/** The user a test request signs in as, from its credentials. */
export const userRefOf = (credentials: unknown) =>
  (credentials as { principal?: { userEntityRef?: string } })?.principal
    ?.userEntityRef;

/**
 * Users read every entity but those labelled restricted; `denies(permission, user)`
 * says which other permissions a user is refused.
 */
export function restrictedHiddenFromUsers(
  denies: (permissionName: string, userRef?: string) => boolean,
) {
  const permissions = catalogReadsForUsers({
    not: {
      rule: 'HAS_LABEL',
      resourceType: 'catalog-entity',
      params: { label: 'restricted' },
    },
  });
  permissions.authorize.mockImplementation(async (requests, options) =>
    requests.map(r => ({
      result: denies(r.permission.name, userRefOf(options?.credentials))
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    })),
  );
  return permissions;
}

/** A team whose on-call contact is ana. */
export const oncallTeam = (
  name: string,
  spec: object = {},
  links?: Entity['metadata']['links'],
) =>
  teamEntity(
    {
      name,
      annotations: { 'stagecraft.io/oncall-contact': 'user:default/ana' },
      ...(links && { links }),
    },
    spec,
  );

/** A production service of `owner` with a PagerDuty service and an error alarm. */
export const pagedService = (
  name: string,
  owner: string,
  options: { restricted?: boolean; links?: Entity['metadata']['links'] } = {},
) =>
  catalogEntity(
    'Component',
    {
      name,
      ...(options.restricted && { labels: { restricted: 'true' } }),
      annotations: {
        'pagerduty.com/service-id': `P${name.toUpperCase().replace(/-/g, '')}`,
        'stagecraft.io/cloudwatch-alarms': `${name}-errors`,
      },
      ...(options.links && { links: options.links }),
    },
    { type: 'service', lifecycle: 'production', owner },
  );

/**
 * The catalog of `entities` with the readiness plugin (evaluated on demand, no
 * notifications, `campaign` seeded and active from 2026 on), evaluated until it has
 * `results` results.
 */
export async function startReadinessCatalog(options: {
  entities: Entity[];
  expectedEntities: number;
  results: number;
  campaign: Omit<CampaignInput, 'startDate' | 'deadline'> & { id: string };
  features: BackendFeature[];
}) {
  const backend = await startCatalog({
    files: { 'catalog.yaml': catalogFile(options.entities) },
    modules: [],
    expectedEntities: options.expectedEntities,
    features: [readinessPlugin, ...options.features],
    config: {
      stagecraft: {
        readiness: {
          schedule: { frequency: { trigger: 'manual' }, timeout: 'PT1M' },
          notifications: { enabled: false },
          campaigns: {
            seed: [
              {
                ...options.campaign,
                startDate: '2026-01-01',
                deadline: '2099-12-31',
              },
            ],
          },
        },
      },
    },
  });
  const service = asUser(backend.server, mockCredentials.service.header());
  for (let attempt = 0; attempt < 120; attempt++) {
    await service.post('/api/readiness/evaluate');
    const res = await service.get('/api/readiness/results');
    if (res.body.items?.length === options.results) break;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  return backend;
}
