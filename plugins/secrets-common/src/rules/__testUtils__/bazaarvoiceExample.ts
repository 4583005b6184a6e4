import { Entity } from '@backstage/catalog-model';
import path from 'path';
import { loadCatalogDocuments } from '../../leaks/__testUtils__/loadCatalogDocuments';

/** The Bazaarvoice security team's minimal example (issue 13), as YAML files. */
export const BAZAARVOICE_EXAMPLE_DIR = path.resolve(
  __dirname,
  '../__fixtures__/bazaarvoice',
);

export const BAZAARVOICE_SECRET_REF =
  'resource:default/reviews-api-db-password';

export function loadBazaarvoiceExample(): Entity[] {
  return loadCatalogDocuments(BAZAARVOICE_EXAMPLE_DIR).map(
    doc => doc.data as Entity,
  );
}
