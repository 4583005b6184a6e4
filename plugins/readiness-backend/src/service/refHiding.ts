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

/** What an answer's items name: refs given as fields, and prose that may quote refs. */
export type NamedIn<T> = {
  refs?: (item: T) => string[];
  texts: (item: T) => string[];
};

/**
 * How to serve items that name `refs` as fields and quote refs in `texts`: the entities among
 * them that exist but the caller may not read are hidden. Undefined when there is none; asks
 * the catalog nothing when nothing is named.
 */
async function hidingFor(
  named: { refs: string[]; texts: string[] },
  deps: HidingDeps,
  credentials: BackstageCredentials,
): Promise<RefHiding | undefined> {
  const refs = [
    ...named.refs,
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

/**
 * `items` as the caller may see them: each served by `asServed` with how to hide the entities
 * they name (see {@link NamedIn}) that exist but the caller may not read. Served as they are
 * when none is hidden.
 */
export async function servedWithHiding<T>(
  items: T[],
  named: NamedIn<T>,
  asServed: (item: T, hiding: RefHiding) => T,
  deps: HidingDeps,
  credentials: BackstageCredentials,
): Promise<T[]> {
  const hiding = await hidingFor(
    {
      refs: named.refs ? items.flatMap(named.refs) : [],
      texts: items.flatMap(named.texts),
    },
    deps,
    credentials,
  );
  return hiding ? items.map(item => asServed(item, hiding)) : items;
}
