import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { collectFiles } from '../files/collectFiles';

type Backend = Awaited<ReturnType<typeof startTestBackend>>;

export type TestPortal = {
  baseUrl: string;
  token: string;
  /** `kind:namespace/name` (lower case) of every entity the catalog holds, except generated locations. */
  refs(): Promise<string[]>;
  /** Waits until the catalog holds at least `min` entities and the count has settled. */
  settle(min: number, timeoutMs: number): Promise<string[]>;
  stop(): Promise<void>;
};

/**
 * The real catalog backend, reading the given files as file locations with
 * the kinds Stagecraft's app-config allows, over real HTTP, with any other
 * backend features given (e.g. the plugins whose verdicts a test compares).
 */
export async function startTestPortal(
  files: string[],
  extraFeatures: Parameters<typeof startTestBackend>[0]['features'] = [],
): Promise<TestPortal> {
  const backend: Backend = await startTestBackend({
    features: [
      catalogPlugin,
      ...extraFeatures,
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
            locations: files.map(target => ({ type: 'file', target })),
            processingInterval: { milliseconds: 200 },
          },
        },
      }),
    ],
  });
  const baseUrl = `http://localhost:${backend.server.port()}`;
  const token = mockCredentials.user.token();

  const refs = async () => {
    const response = await fetch(
      `${baseUrl}/api/catalog/entities?fields=kind,metadata.name,metadata.namespace`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const entities = (await response.json()) as {
      kind: string;
      metadata: { name: string; namespace?: string };
    }[];
    return entities
      .filter(
        e =>
          !(e.kind === 'Location' && e.metadata.name.startsWith('generated-')),
      )
      .map(e =>
        `${e.kind}:${e.metadata.namespace ?? 'default'}/${
          e.metadata.name
        }`.toLocaleLowerCase('en-US'),
      )
      .sort();
  };

  return {
    baseUrl,
    token,
    refs,
    async settle(min, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let last: string[] = [];
      let stableSince = Date.now();
      for (;;) {
        const current = await refs();
        if (current.length !== last.length) {
          stableSince = Date.now();
          last = current;
        }
        if (current.length >= min && Date.now() - stableSince > 5000) {
          return current;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `catalog holds ${current.length} entities, expected at least ${min}`,
          );
        }
        await new Promise(resolve => setTimeout(resolve, 500));
      }
    },
    stop: () => backend.stop(),
  };
}

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * The files the parity tests give both the catalog and the linter: the
 * real-world corpus, the example catalog and the test's own cases.
 */
export function parityFiles(casesDir: string): string[] {
  const corpus = path.resolve(REPO_ROOT, '../shared/corpus/real-catalog');
  return [
    ...collectFiles([corpus], REPO_ROOT),
    ...collectFiles(['catalog-info'], REPO_ROOT),
    ...collectFiles([casesDir], REPO_ROOT),
  ];
}
