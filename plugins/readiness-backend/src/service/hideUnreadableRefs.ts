import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { hiddenEntityRefs } from '@stagecraft/backend-node';
import {
  entityRefsInText,
  HIDDEN_ENTITY,
  replaceEntityRefsInText,
} from '@stagecraft/catalog-conventions-common';
import { CheckResult } from '@stagecraft/plugin-readiness-common';

/** The texts a served check carries, in results and in campaigns alike. */
type CheckTexts = Pick<CheckResult, 'reason' | 'fix' | 'exemption'> &
  Partial<Pick<CheckResult, 'notes' | 'details'>>;

/** A result as served: its checks' texts and, for a result, why it could not be evaluated. */
type WithCheckTexts = { checks: CheckTexts[]; error?: string };

/**
 * A check's details describe one other entity as a whole (the owner group: its ref, on-call
 * contact and schedule URL), so where `map` changes any of them, none of them is served.
 */
function detailsAsMapped(
  details: NonNullable<CheckTexts['details']>,
  map: (text: string) => string,
): CheckTexts['details'] {
  const changed = Object.values(details).some(
    value => typeof value === 'string' && map(value) !== value,
  );
  return changed ? undefined : details;
}

/** Each text of `item` as `map` makes it: reasons, fixes, notes, details and exemption reasons. */
function mapTexts<T extends WithCheckTexts>(
  item: T,
  map: (text: string) => string,
): T {
  const check = <C extends CheckTexts>(c: C): C => ({
    ...c,
    reason: map(c.reason),
    ...(c.fix !== undefined ? { fix: map(c.fix) } : {}),
    ...(c.notes ? { notes: c.notes.map(map) } : {}),
    ...(c.details ? { details: detailsAsMapped(c.details, map) } : {}),
    ...(c.exemption
      ? { exemption: { ...c.exemption, reason: map(c.exemption.reason) } }
      : {}),
  });
  return {
    ...item,
    checks: item.checks.map(check),
    ...(item.error !== undefined ? { error: map(item.error) } : {}),
  };
}

/**
 * The results (or campaign entities) with each entity ref their texts quote that names an
 * entity the caller may not read replaced by {@link HIDDEN_ENTITY}: results are computed with
 * the plugin's own credentials, so a reason names e.g. the owner group and its on-call contact. Refs the catalog
 * does not hold at all stay: they come from the entity's own YAML.
 */
export async function hideUnreadableRefs<T extends WithCheckTexts>(
  results: T[],
  deps: {
    catalog: CatalogService;
    auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  },
  credentials: BackstageCredentials,
): Promise<T[]> {
  const quoted: string[] = [];
  results.forEach(result =>
    mapTexts(result, text => {
      entityRefsInText(text, { anyKind: true }).forEach(found =>
        quoted.push(found.ref),
      );
      return text;
    }),
  );
  if (quoted.length === 0) return results;
  const hidden = await hiddenEntityRefs(
    deps.catalog,
    deps.auth,
    quoted,
    credentials,
  );
  if (hidden.size === 0) return results;
  const hide = (text: string) =>
    replaceEntityRefsInText(text, ref =>
      hidden.has(ref) ? HIDDEN_ENTITY : ref,
    );
  return results.map(result => mapTexts(result, hide));
}
