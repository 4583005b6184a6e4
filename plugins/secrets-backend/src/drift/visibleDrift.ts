import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntities } from '@stagecraft/backend-node';
import { StoreDrift } from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';

const withTitle = (title?: string) => (title ? { title } : {});

/**
 * The drift as the caller may see it: stores the caller may not read are left out, and so
 * are findings and rotation statuses of catalog secrets the caller may not read. Drift is computed with the
 * plugin's own credentials, so it names entities the caller may not see otherwise. Each store
 * is named by its title, as the caller's catalog answers it.
 */
export async function visibleDrift(
  stores: StoreDrift[],
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<StoreDrift[]> {
  const refs = stores.flatMap(store => [
    store.store,
    ...store.findings.flatMap(f => (f.secret ? [f.secret] : [])),
    ...(store.rotations ?? []).map(r => r.secret),
  ]);
  if (refs.length === 0) return [];
  /** Each readable ref's key, with the entity's title. */
  const readable = new Map(
    [
      ...(await readableEntities(catalog, refs, credentials, {
        fields: ['metadata.title'],
      })),
    ].map(([ref, entity]) => [refKey(ref), entity.metadata.title]),
  );
  return stores
    .filter(store => readable.has(refKey(store.store)))
    .map(store => ({
      ...store,
      ...withTitle(readable.get(refKey(store.store))),
      findings: store.findings.filter(
        f => !f.secret || readable.has(refKey(f.secret)),
      ),
      ...(store.rotations
        ? {
            rotations: store.rotations.filter(r =>
              readable.has(refKey(r.secret)),
            ),
          }
        : {}),
    }));
}
