import { ReactNode } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { shortRef } from '../../lib/refs';

/**
 * A plain link to an entity page for table rows. Unlike EntityRefLink it does
 * not fetch the entity for its title nor build a style sheet per link, which
 * keeps re-rendering a page of rows fast; the text is the given label or the
 * short ref.
 */
export const EntityLink = (props: {
  entityRef: string;
  defaultKind?: string;
  children?: ReactNode;
}) => {
  const entityRoute = useRouteRef(entityRouteRef);
  let ref;
  try {
    ref = parseEntityRef(props.entityRef, { defaultKind: props.defaultKind });
  } catch {
    return <>{props.children ?? props.entityRef}</>;
  }
  return (
    <Link to={entityRoute(entityRouteParams(ref, { encodeParams: true }))}>
      {props.children ?? shortRef(props.entityRef, props.defaultKind)}
    </Link>
  );
};
