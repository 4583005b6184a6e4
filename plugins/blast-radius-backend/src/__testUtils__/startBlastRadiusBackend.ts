import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ServiceFactory } from '@backstage/backend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { BlastRadiusResult } from '@stagecraft/plugin-blast-radius-common';
import request from 'supertest';
import { blastRadiusPlugin } from '../plugin';

export type TestServer = Awaited<ReturnType<typeof startTestBackend>>['server'];

/**
 * The real catalog backend reading `locationFile`, and the blast radius
 * plugin with an index that reloads on every request.
 */
export async function startBlastRadiusBackend(
  locationFile: string,
  extraFeatures: ServiceFactory[] = [],
) {
  return startTestBackend({
    features: [
      catalogPlugin,
      blastRadiusPlugin,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'API',
                  'Resource',
                  'Location',
                  'Domain',
                  'Group',
                  'User',
                ],
              },
            ],
            locations: [{ type: 'file', target: locationFile }],
            processingInterval: { seconds: 1 },
          },
          stagecraft: { blastRadius: { indexMaxAgeSeconds: 0 } },
        },
      }),
      ...extraFeatures,
    ],
  });
}

export function blastRadiusPath(entityRef: string, query = ''): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/api/blast-radius/entities/${kind}/${namespace}/${name}/blast-radius${
    query ? `?${query}` : ''
  }`;
}

export function getBlastRadius(
  server: TestServer,
  entityRef: string,
  query = '',
  header = mockCredentials.user.header(),
) {
  return request(server)
    .get(blastRadiusPath(entityRef, query))
    .set('Authorization', header);
}

/**
 * Asks until the answer names every expected entity: the catalog processes
 * locations in the background, so relations appear over a few seconds.
 */
export async function waitForBlastRadius(
  server: TestServer,
  entityRef: string,
  expectedRefs: string[],
  query = '',
): Promise<BlastRadiusResult> {
  let last: BlastRadiusResult | undefined;
  for (let attempt = 0; attempt < 120; attempt++) {
    const res = await getBlastRadius(server, entityRef, query);
    if (res.status === 200) {
      last = res.body;
      const found = new Set(last!.nodes.map(n => n.entityRef));
      if (expectedRefs.every(ref => found.has(ref))) {
        return last!;
      }
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(
    `Blast radius of ${entityRef} never named all of ${expectedRefs.join(
      ', ',
    )}; last answer had ${JSON.stringify(last?.nodes.map(n => n.entityRef))}`,
  );
}
