import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { hiddenEntityRefs } from '@stagecraft/backend-node';
import { entityRefsInText } from '@stagecraft/catalog-conventions-common';

/** What it takes to tell which entities an answer may not name to a caller. */
export type HidingDeps = {
  catalog: CatalogService;
  /** The plugin's own credentials, to tell entities the caller may not read from missing ones. */
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
};

/**
 * Of the entities an answer names (`refs` as they are, and each full ref quoted in `texts`),
 * those that exist but the caller may not read; undefined when there is none, so that the
 * answer is served as it is. Asks the catalog nothing when nothing is named.
 */
export async function hiddenRefsNamed(
  named: { refs?: string[]; texts: string[] },
  deps: HidingDeps,
  credentials: BackstageCredentials,
): Promise<Set<string> | undefined> {
  const refs = [
    ...(named.refs ?? []),
    ...named.texts.flatMap(text =>
      entityRefsInText(text, { anyKind: true }).map(found => found.ref),
    ),
  ];
  if (refs.length === 0) return undefined;
  const hidden = await hiddenEntityRefs(
    deps.catalog,
    deps.auth,
    refs,
    credentials,
  );
  return hidden.size > 0 ? hidden : undefined;
}
