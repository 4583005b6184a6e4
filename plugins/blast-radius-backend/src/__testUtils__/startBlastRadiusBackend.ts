import { ServiceFactory } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  asUser,
  eventually,
  startCatalog,
  TestServer,
} from '@internal/stagecraft-test-utils';
import { BlastRadiusResult } from '@stagecraft/plugin-blast-radius-common';
import { blastRadiusPlugin } from '../plugin';

export type { TestServer };

/**
 * The real catalog backend reading `locationFile`, and the blast radius
 * plugin with an index that reloads on every request.
 */
export async function startBlastRadiusBackend(
  locationFile: string,
  extraFeatures: ServiceFactory[] = [],
) {
  return startCatalog({
    locations: [locationFile],
    modules: ['portal-links'],
    config: { stagecraft: { blastRadius: { indexMaxAgeSeconds: 0 } } },
    features: [blastRadiusPlugin, ...extraFeatures],
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
  return asUser(server, header).get(blastRadiusPath(entityRef, query));
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
  return eventually(
    `the blast radius of ${entityRef}`,
    async () => {
      const res = await getBlastRadius(server, entityRef, query);
      if (res.status !== 200) return undefined;
      last = res.body as BlastRadiusResult;
      const found = new Set(last.nodes.map(n => n.entityRef));
      return expectedRefs.every(ref => found.has(ref)) ? last : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  ).catch(() => {
    throw new Error(
      `Blast radius of ${entityRef} never named all of ${expectedRefs.join(
        ', ',
      )}; last answer had ${JSON.stringify(last?.nodes.map(n => n.entityRef))}`,
    );
  });
}
