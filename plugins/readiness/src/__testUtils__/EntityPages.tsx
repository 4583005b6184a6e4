import { ReactNode, useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';

/**
 * The page of `entities[0]`, then of the next entity at each click on "Next entity": as in
 * the catalog, going to another entity's page keeps its cards mounted with a new entity.
 */
export function EntityPages(props: {
  entities: Entity[];
  children: ReactNode;
}) {
  const [shown, setShown] = useState(0);
  return (
    <>
      <button onClick={() => setShown(index => index + 1)}>Next entity</button>
      <EntityProvider entity={props.entities[shown]}>
        {props.children}
      </EntityProvider>
    </>
  );
}
