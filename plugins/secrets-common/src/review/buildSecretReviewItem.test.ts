import { DEFAULT_SECRETS_RULES_CONFIG } from '../config/defaults';
import { buildSecretsCatalogView } from '../rules/catalogView';
import { evaluateSecret } from '../rules/evaluateSecret';
import {
  BAZAARVOICE_SECRET_REF,
  loadBazaarvoiceExample,
  loadBazaarvoiceReviewRow,
} from '../rules/__testUtils__/bazaarvoiceExample';
import {
  baseCatalog,
  component,
  secret,
  store,
  system,
} from '../rules/__testUtils__/entities';
import { buildSecretReviewItem } from './buildSecretReviewItem';

const config = DEFAULT_SECRETS_RULES_CONFIG;

describe('buildSecretReviewItem', () => {
  it('builds the row of the Bazaarvoice example: store approved from its name, one dependent', () => {
    const entities = loadBazaarvoiceExample();
    const view = buildSecretsCatalogView(entities);
    const secretEntity = view.getEntity(BAZAARVOICE_SECRET_REF)!;
    const item = buildSecretReviewItem(secretEntity, view, config);

    const expected = loadBazaarvoiceReviewRow();
    expect(item.entityRef).toBe(BAZAARVOICE_SECRET_REF);
    expect(expected.entityRef).toBe(BAZAARVOICE_SECRET_REF);
    expect(item.store).toEqual(expected.store);
    expect(item.remediationLinks).toEqual(expected.remediationLinks);
    expect(item.dependents).toEqual(expected.dependents);
    expect(item.compliance).toEqual(evaluateSecret(secretEntity, view, config));
  });

  it('reads the named fields and normalises owner and system refs', () => {
    const db = secret('db-password', {
      title: ' DB password ',
      annotations: {
        'stagecraft.io/secret-kind': 'password',
        'stagecraft.io/secret-path': 'prod/reviews/db',
        'stagecraft.io/rotation-period': '90d',
        'example.com/other': 'not copied',
      },
      spec: { owner: 'reviews-team', system: 'reviews' },
    });
    const view = buildSecretsCatalogView([...baseCatalog(), db]);
    const item = buildSecretReviewItem(db, view, config);

    expect(item).toMatchObject({
      entityRef: 'resource:default/db-password',
      name: 'db-password',
      namespace: 'default',
      title: 'DB password',
      secretKind: 'password',
      secretPath: 'prod/reviews/db',
      rotationPeriod: '90d',
      lifecycle: 'production',
      owner: 'group:default/reviews-team',
      system: 'system:default/reviews',
    });
    expect(JSON.stringify(item)).not.toContain('not copied');
    expect(item.dependents).toEqual([]);
  });

  it('lists every dependent once, of any kind, sorted', () => {
    const db = secret('db-password');
    const view = buildSecretsCatalogView([
      ...baseCatalog(),
      db,
      component('reviews-api', ['resource:db-password']),
      component('reviews-worker', [
        'resource:default/db-password',
        'resource:db-password',
      ]),
      system('reviews-platform', ['resource:db-password']),
    ]);
    expect(buildSecretReviewItem(db, view, config).dependents).toEqual([
      'component:default/reviews-api',
      'component:default/reviews-worker',
      'system:default/reviews-platform',
    ]);
  });

  it('shows the store with the approved-store verdict, even when it is not a secret-store', () => {
    const inSlack = secret('in-slack', {
      spec: { dependsOn: ['resource:ops-slack'] },
    });
    const unknown = secret('in-keystore', {
      spec: { dependsOn: ['resource:reviews-keystore'] },
    });
    const inBucket = secret('in-bucket', {
      spec: { dependsOn: ['resource:config-bucket'] },
    });
    const nowhere = secret('nowhere', {
      spec: { dependsOn: ['resource:not-in-the-catalog'] },
    });
    const bucket = store('config-bucket', 'aws-secrets-manager', {
      spec: { type: 's3-bucket' },
    });
    const view = buildSecretsCatalogView([
      ...baseCatalog(),
      store('ops-slack'),
      store('reviews-keystore', undefined, { title: 'Reviews keys' }),
      bucket,
      inSlack,
      unknown,
      inBucket,
      nowhere,
    ]);
    const row = (s: typeof inSlack) => buildSecretReviewItem(s, view, config);

    expect(row(inSlack).store).toEqual({
      entityRef: 'resource:default/ops-slack',
      name: 'ops-slack',
      approved: false,
      approval: 'unsafe',
    });
    expect(row(unknown).store).toEqual({
      entityRef: 'resource:default/reviews-keystore',
      name: 'reviews-keystore',
      title: 'Reviews keys',
      approved: false,
      approval: 'unknown',
    });
    expect(row(inBucket).store).toMatchObject({
      entityRef: 'resource:default/config-bucket',
      provider: 'aws-secrets-manager',
      providerSource: 'annotation',
      approved: true,
    });
    expect(row(nowhere)).not.toHaveProperty('store');
  });
});
