import { Entity } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import type { SecretReviewItem } from '../../review';
import { loadCatalogDocuments } from '../../leaks/__testUtils__/loadCatalogDocuments';

/** The Bazaarvoice security team's minimal example (issue 13), as YAML files. */
export const BAZAARVOICE_EXAMPLE_DIR = path.resolve(
  __dirname,
  '../__fixtures__/bazaarvoice',
);

export const BAZAARVOICE_SECRET_REF =
  'resource:default/reviews-api-db-password';

/**
 * The example's secret as the review lists it: the fields the example decides. The
 * backend's test reads the same file, so both judge the example the same way.
 */
export function loadBazaarvoiceReviewRow(): Pick<
  SecretReviewItem,
  'entityRef' | 'store' | 'remediationLinks' | 'dependents'
> {
  return JSON.parse(
    fs.readFileSync(
      path.join(BAZAARVOICE_EXAMPLE_DIR, '../bazaarvoiceReviewRow.json'),
      'utf8',
    ),
  );
}

export function loadBazaarvoiceExample(): Entity[] {
  return loadCatalogDocuments(BAZAARVOICE_EXAMPLE_DIR).map(
    doc => doc.data as Entity,
  );
}
