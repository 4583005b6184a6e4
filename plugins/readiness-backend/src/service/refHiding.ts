import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { hiddenEntityRefs } from '@stagecraft/backend-node';
import {
  entityRefsInText,
  HIDDEN_ENTITY,
  hideEntityRefsInText,
} from '@stagecraft/catalog-conventions-common';

/** What it takes to tell which entities an answer may not name to a caller. */
export type HidingDeps = {
  catalog: CatalogService;
  /** The plugin's own credentials, to tell entities the caller may not read from missing ones. */
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
};

/** How an answer names what the caller may not read. */
export type RefHiding = {
  /** A ref given as a field (a person, an owner): {@link HIDDEN_ENTITY} when hidden. */
  ref(ref: string): string;
  /** Prose: each hidden ref it quotes reads {@link HIDDEN_ENTITY}. */
  words(text: string): string;
};

/**
 * How to serve an answer that names `refs` as fields and quotes refs in `texts`: the entities
 * among them that exist but the caller may not read are hidden. Undefined when there is none,
 * so that the answer is served as it is; asks the catalog nothing when nothing is named.
 */
export async function hidingFor(
  named: { refs?: string[]; texts: string[] },
  deps: HidingDeps,
  credentials: BackstageCredentials,
): Promise<RefHiding | undefined> {
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
  if (hidden.size === 0) return undefined;
  const isHidden = (ref: string) => hidden.has(ref);
  return {
    ref: ref => (isHidden(ref) ? HIDDEN_ENTITY : ref),
    words: text => hideEntityRefsInText(text, isHidden),
  };
}
