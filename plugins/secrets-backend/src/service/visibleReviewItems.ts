import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  entityRefsInText,
  replaceEntityRefsInText,
} from '@stagecraft/catalog-conventions-common';
import {
  SecretReviewItem,
  SecretsCatalogView,
} from '@stagecraft/plugin-secrets-common';

/** What a finding says in place of an entity the caller may not read. */
export const HIDDEN_ENTITY = 'an entity you may not read';

const refsQuotedIn = (text: string) =>
  entityRefsInText(text, { anyKind: true }).map(found => found.ref);

/** Every entity a row names: the secret, its store, its dependents, refs quoted in findings. */
function refsNamedBy(item: SecretReviewItem): string[] {
  return [
    item.entityRef,
    ...(item.store ? [item.store.entityRef] : []),
    ...item.dependents,
    ...item.compliance.findings.flatMap(finding => [
      ...refsQuotedIn(finding.message),
      ...refsQuotedIn(finding.fix),
    ]),
  ];
}

/**
 * The refs among `refs` that the caller may read in the catalog, each with the entity's title
 * (undefined when it has none).
 */
export async function readableTitles(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Map<string, string | undefined>> {
  const unique = [...new Set(refs)];
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: unique,
      fields: ['kind', 'metadata.namespace', 'metadata.name', 'metadata.title'],
    },
    { credentials },
  );
  return new Map(
    unique.flatMap((ref, index) => {
      const entity = items[index];
      return entity ? [[ref, entity.metadata.title] as const] : [];
    }),
  );
}

/** The refs among `refs` that the caller may read in the catalog. */
export async function readableRefs(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  return new Set((await readableTitles(catalog, refs, credentials)).keys());
}

/**
 * The rows as the caller may see them. Rows are computed with the plugin's
 * own credentials, so they name entities the caller may not read: rows of
 * unreadable secrets are left out, unreadable dependents and stores are
 * removed, and a finding quoting an unreadable entity says
 * {@link HIDDEN_ENTITY} instead. Refs the catalog does not hold at all stay
 * quoted: they come from the secret's own YAML.
 */
export async function visibleReviewItems(
  items: SecretReviewItem[],
  options: {
    catalog: CatalogService;
    view: SecretsCatalogView;
    credentials: BackstageCredentials;
    /** Refs the caller was just given by the catalog, e.g. the entity asked about. */
    knownReadable?: string[];
  },
): Promise<SecretReviewItem[]> {
  if (items.length === 0) {
    return items;
  }
  const { catalog, view, credentials, knownReadable = [] } = options;
  const readable = await readableRefs(
    catalog,
    items.flatMap(refsNamedBy),
    credentials,
  );
  knownReadable.forEach(ref => readable.add(ref));
  const hidden = (ref: string) =>
    !readable.has(ref) && view.getEntity(ref) !== undefined;
  const redact = (text: string) =>
    replaceEntityRefsInText(text, ref => (hidden(ref) ? HIDDEN_ENTITY : ref));

  return items
    .filter(item => readable.has(item.entityRef))
    .map(item => ({
      ...item,
      store:
        item.store && readable.has(item.store.entityRef)
          ? item.store
          : undefined,
      dependents: item.dependents.filter(ref => readable.has(ref)),
      compliance: {
        ...item.compliance,
        findings: item.compliance.findings.map(finding => ({
          ...finding,
          message: redact(finding.message),
          fix: redact(finding.fix),
        })),
      },
    }));
}
