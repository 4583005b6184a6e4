import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_SECRETS_RULES_CONFIG,
  SecretReviewItem,
} from '@stagecraft/plugin-secrets-common';
import { SecretsReviewService } from './SecretsReviewService';

const store: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'vault-prod',
    annotations: { 'stagecraft.io/store-provider': 'hashicorp-vault' },
  },
  spec: { type: 'secret-store', owner: 'team-a' },
};

function secret(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, description: 'A password for the service tests here.' },
    spec: {
      type: 'secret',
      owner: 'team-a',
      dependsOn: ['resource:vault-prod'],
    },
  };
}

/** The entity as the catalog serves it: with a uid, and an etag that changes with it. */
function versioned(entity: Entity, etag = 'v1'): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      uid: `uid-${entity.metadata.name}`,
      etag,
    },
  };
}

function setup(entities: Entity[], now = () => 0) {
  const catalog = catalogServiceMock({ entities });
  const stream = jest.spyOn(catalog, 'streamEntities');
  const service = new SecretsReviewService({
    catalog,
    auth: mockServices.auth(),
    permissions: mockServices.permissions(),
    logger: mockServices.logger.mock(),
    rulesConfig: DEFAULT_SECRETS_RULES_CONFIG,
    cacheTtlMs: 30_000,
    now,
  });
  return { catalog, stream, service };
}

describe('SecretsReviewService', () => {
  it('reads the catalog once for concurrent requests, in two field-limited queries', async () => {
    const { stream, service } = setup([store, secret('a'), secret('b')]);

    const reviews = await Promise.all([
      service.getReview(),
      service.getReview(),
      service.getReview(),
    ]);

    expect(reviews[0].response.items).toHaveLength(2);
    expect(reviews[1]).toBe(reviews[0]);
    expect(stream).toHaveBeenCalledTimes(2);
    for (const [request] of stream.mock.calls) {
      expect(request?.fields).toEqual(
        expect.arrayContaining(['kind', 'metadata.name', 'spec.dependsOn']),
      );
      expect(request?.fields).not.toContain('spec');
    }
  });

  it('computes again once the TTL has passed', async () => {
    let now = 0;
    const { stream, service } = setup([store, secret('a')], () => now);
    await service.getReview();
    now = 30_001;
    const stale = await service.getReview();
    // The refresh runs in the background, over several turns of the event loop.
    let fresh = stale;
    for (let turn = 0; turn < 100 && fresh === stale; turn++) {
      await new Promise(resolve => setImmediate(resolve));
      fresh = await service.getReview();
    }
    expect(stream).toHaveBeenCalledTimes(4);
    expect(fresh).not.toBe(stale);
  });

  it('indexes the computed rows for paging', async () => {
    const { service } = setup([store, secret('b'), secret('a')]);
    const review = await service.getReview();
    expect(review.index.items).toBe(review.response.items);
    const page = await service.getReviewPage(
      { offset: 1, limit: 1, sort: 'ref', order: 'desc' },
      mockCredentials.user(),
    );
    expect(page.items.map(i => i.name)).toEqual(['a']);
    expect(page.total).toBe(2);
  });

  it('evaluates a secret added since the review was computed', async () => {
    const { catalog, service } = setup([store, secret('a')]);
    await service.getReview();
    jest
      .spyOn(catalog, 'getEntityByRef')
      .mockResolvedValueOnce(secret('added-later'));

    const item = (await service.getForEntity(
      { kind: 'resource', namespace: 'default', name: 'added-later' },
      mockCredentials.user(),
    )) as SecretReviewItem;

    expect(item.entityRef).toBe('resource:default/added-later');
    expect(item.store?.entityRef).toBe('resource:default/vault-prod');
  });

  describe('when the catalog serves versions (uid and etag)', () => {
    const catalogOf = (entities: Entity[]) => catalogServiceMock({ entities });

    it('keeps the review, current as of now, while the catalog has not changed', async () => {
      const { stream, service } = setup([
        versioned(store),
        versioned(secret('a')),
      ]);
      const first = await service.getReview();
      const generatedAt = first.response.generatedAt;
      await new Promise(resolve => setTimeout(resolve, 5));

      const again = await service.getFreshReview();

      expect(again).toBe(first);
      expect(stream).toHaveBeenCalledTimes(3);
      expect(stream.mock.calls[2][0]?.fields).toEqual([
        'metadata.uid',
        'metadata.etag',
      ]);
      expect(again.response.generatedAt > generatedAt).toBe(true);
      expect(again.index.generatedAt).toBe(again.response.generatedAt);
    });

    it('computes again when an entity changed', async () => {
      const { catalog, service } = setup([
        versioned(store),
        versioned(secret('a')),
      ]);
      const first = await service.getReview();
      expect(first.response.items[0].store?.entityRef).toBe(
        'resource:default/vault-prod',
      );
      const moved = secret('a');
      moved.spec!.dependsOn = ['resource:vault-elsewhere'];
      const changed = catalogOf([versioned(store), versioned(moved, 'v2')]);
      jest
        .spyOn(catalog, 'streamEntities')
        .mockImplementation((request, options) =>
          changed.streamEntities(request, options),
        );

      const again = await service.getFreshReview();

      expect(again).not.toBe(first);
      expect(again.response.items[0].store).toBeUndefined();
    });

    it('computes again when an entity was added or removed', async () => {
      const { catalog, service } = setup([
        versioned(store),
        versioned(secret('a')),
        versioned(secret('b')),
      ]);
      await service.getReview();
      const fewer = catalogOf([versioned(store), versioned(secret('a'))]);
      jest
        .spyOn(catalog, 'streamEntities')
        .mockImplementation((request, options) =>
          fewer.streamEntities(request, options),
        );

      const again = await service.getFreshReview();

      expect(again.response.items.map(item => item.name)).toEqual(['a']);
    });
  });
});
