import { createContext, ReactNode, useCallback, useContext } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { shortRef } from '../../lib/refs';

type EntityHref = (entityRef: string, defaultKind?: string) => string;

const EntityHrefContext = createContext<EntityHref | undefined>(undefined);

function useEntityHref(): EntityHref {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    (entityRef, defaultKind) =>
      entityRoute(
        entityRouteParams(parseEntityRef(entityRef, { defaultKind }), {
          encodeParams: true,
        }),
      ),
    [entityRoute],
  );
}

/**
 * Resolves the catalog's entity route once for every EntityLink below it:
 * resolving it per link was most of the cost of re-rendering a page of rows.
 */
export const EntityHrefProvider = ({ children }: { children: ReactNode }) => (
  <EntityHrefContext.Provider value={useEntityHref()}>
    {children}
  </EntityHrefContext.Provider>
);

type EntityLinkProps = {
  entityRef: string;
  defaultKind?: string;
  children?: ReactNode;
};

const LinkTo = (props: EntityLinkProps & { href: EntityHref }) => {
  let to: string;
  try {
    to = props.href(props.entityRef, props.defaultKind);
  } catch {
    return <>{props.children ?? props.entityRef}</>;
  }
  return (
    <Link to={to}>
      {props.children ?? shortRef(props.entityRef, props.defaultKind)}
    </Link>
  );
};

const LinkWithOwnRoute = (props: EntityLinkProps) => (
  <LinkTo {...props} href={useEntityHref()} />
);

/**
 * A plain link to an entity page for table rows. Unlike EntityRefLink it does
 * not fetch the entity for its title nor build a style sheet per link; the
 * text is the given label or the short ref.
 */
export const EntityLink = (props: EntityLinkProps) => {
  const href = useContext(EntityHrefContext);
  return href ? (
    <LinkTo {...props} href={href} />
  ) : (
    <LinkWithOwnRoute {...props} />
  );
};
