import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntityRefs } from '@stagecraft/backend-node';
import {
  entityRefsInText,
  HIDDEN_ENTITY,
  hideEntityRefsInText,
} from '@stagecraft/catalog-conventions-common';
import {
  SecretReviewItem,
  SecretsCatalogView,
} from '@stagecraft/plugin-secrets-common';

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
  const readable = await readableEntityRefs(
    catalog,
    items.flatMap(refsNamedBy),
    credentials,
  );
  knownReadable.forEach(ref => readable.add(ref));
  const hidden = (ref: string) =>
    !readable.has(ref) && view.getEntity(ref) !== undefined;
  const redact = (text: string) => hideEntityRefsInText(text, hidden);

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
