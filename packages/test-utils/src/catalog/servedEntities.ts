import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { asUser, TestServer } from '../http/asUser';
import { eventually } from '../eventually';
import { refKey } from '@stagecraft/catalog-conventions-common';

/** What the running catalog serves, asked through its REST API as a signed-in user. */
export function servedEntities(server: TestServer) {
  const get = (path: string) => asUser(server).get(path);

  const entities = async (): Promise<Entity[]> => {
    const res = await get('/api/catalog/entities');
    if (res.status !== 200) {
      throw new Error(`GET /api/catalog/entities answered ${res.status}`);
    }
    return res.body;
  };

  /** Lower-cased refs of every entity, except the Locations the catalog generates. */
  const refs = async (): Promise<string[]> => {
    const res = await get(
      '/api/catalog/entities?fields=kind,metadata.name,metadata.namespace',
    );
    return (res.body as Entity[])
      .filter(
        e =>
          !(e.kind === 'Location' && e.metadata.name.startsWith('generated-')),
      )
      .map(entity => refKey(entity))
      .sort();
  };

  return {
    entities,
    refs,
    /** The entity `ref` names, or undefined when the catalog does not serve it. */
    async entity(ref: string): Promise<Entity | undefined> {
      const { kind, namespace, name } = parseEntityRef(ref);
      const res = await get(
        `/api/catalog/entities/by-name/${[kind, namespace, name]
          .map(encodeURIComponent)
          .join('/')}`,
      );
      return res.status === 200 ? res.body : undefined;
    },
    /** How many entities other than Locations the catalog serves. */
    async count(): Promise<number> {
      const res = await get('/api/catalog/entities?fields=kind');
      return Array.isArray(res.body)
        ? res.body.filter((e: Entity) => e.kind !== 'Location').length
        : 0;
    },
    /** Waits until the catalog holds at least `min` entities and their number has not changed for 5 s. */
    async settle(min: number, timeoutMs: number): Promise<string[]> {
      let last: string[] = [];
      let stableSince = Date.now();
      return eventually(
        `the catalog to settle on at least ${min} entities`,
        async () => {
          const current = await refs();
          if (current.length !== last.length) {
            stableSince = Date.now();
            last = current;
          }
          return current.length >= min && Date.now() - stableSince > 5000
            ? current
            : undefined;
        },
        { timeoutMs, intervalMs: 500 },
      ).catch(() => {
        throw new Error(
          `catalog holds ${last.length} entities, expected at least ${min}`,
        );
      });
    },
  };
}
