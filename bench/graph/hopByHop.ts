import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A stand-in for the catalog's `POST /entities/by-refs`, answering over real HTTP and JSON
 * from memory. Entities are serialized once, as the catalog keeps them as JSON text, so it
 * costs less than the real catalog (which also reads its database): hop-by-hop figures
 * measured against it are a lower bound.
 */
export async function startByRefsServer(
  entities: Entity[],
): Promise<{ url: string; close(): Promise<void> }> {
  const stored = new Map<string, string>();
  for (const entity of entities) {
    stored.set(stringifyEntityRef(entity), JSON.stringify(entity));
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const { entityRefs } = JSON.parse(Buffer.concat(chunks).toString()) as {
        entityRefs: string[];
      };
      const items = entityRefs.map(ref => stored.get(ref) ?? 'null');
      res.setHeader('content-type', 'application/json');
      res.end(`{"items":[${items.join(',')}]}`);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/entities/by-refs`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

/**
 * The blast radius found the way catalog-graph walks the catalog: one `by-refs` request
 * per depth level for the frontier, following the given relation types from each
 * entity's `relations`. Returns every entity reached, the start included.
 */
export async function blastRadiusHopByHop(
  byRefsUrl: string,
  start: string,
  relationTypes: readonly string[],
): Promise<Set<string>> {
  const follow = new Set(relationTypes);
  const reached = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const response = await fetch(byRefsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ entityRefs: frontier }),
    });
    const { items } = (await response.json()) as { items: (Entity | null)[] };
    const next: string[] = [];
    for (const entity of items) {
      for (const relation of entity?.relations ?? []) {
        if (follow.has(relation.type) && !reached.has(relation.targetRef)) {
          reached.add(relation.targetRef);
          next.push(relation.targetRef);
        }
      }
    }
    frontier = next;
  }
  return reached;
}
