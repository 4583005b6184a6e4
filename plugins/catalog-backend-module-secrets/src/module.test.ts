import { createMockDirectory } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { stringify } from 'yaml';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { captureConsole } from './__testUtils__/captureConsole';
import { leakyCatalog } from './__testUtils__/leakyCatalog';
import {
  eventually,
  refsOf,
  startCatalog,
} from '@internal/stagecraft-test-utils';

jest.setTimeout(90_000);

function relationsOf(entity: Entity | undefined, type: string): string[] {
  return (entity?.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef)
    .sort();
}

describe('catalogModuleSecrets in the real catalog backend', () => {
  const mockDir = createMockDirectory();

  it('refuses a leaking entity, ingests the rest of its file, and reports file, entity and fields', async () => {
    const catalog = leakyCatalog();
    mockDir.setContent({
      'catalog.yaml': catalog.yaml,
      'stores.yaml': [
        // no store, several stores, and a store in another namespace: accepted, relations only for the single one
        {
          kind: 'Resource',
          metadata: { name: 'unstored' },
          spec: { type: 'secret', owner: 'group:team-a', dependsOn: [] },
        },
        {
          kind: 'Resource',
          metadata: { name: 'double-stored' },
          spec: {
            type: 'secret',
            owner: 'group:team-a',
            dependsOn: ['resource:vault-prod', 'resource:default/vault-dr'],
          },
        },
        {
          kind: 'Resource',
          metadata: { name: 'card-key', namespace: 'payments' },
          spec: {
            type: 'secret',
            owner: 'group:default/team-a',
            dependsOn: ['resource:default/vault-prod'],
          },
        },
      ]
        .map(e => stringify({ apiVersion: 'backstage.io/v1alpha1', ...e }))
        .join('---\n'),
    });
    const file = mockDir.resolve('catalog.yaml');
    const logs = captureConsole();
    const backend = await startCatalog({
      locations: [file, mockDir.resolve('stores.yaml')],
      modules: ['portal-links', 'secrets'],
      logLevel: 'debug',
    });
    const { errorEvents, catalog: api } = backend;
    try {
      const expected = [
        ...catalog.cleanRefs,
        'resource:default/unstored',
        'resource:default/double-stored',
        'resource:payments/card-key',
      ];
      const leak = await eventually('the leak to be reported', async () =>
        errorEvents.find(e => e.entity.toLowerCase() === catalog.leakingRef),
      );
      const entities = await eventually('the clean entities', async () => {
        const served = await api.entities();
        const refs = refsOf(served);
        return expected.every(ref => refs.has(ref)) && served;
      });

      // (a) the clean entities are served, the leaking one is not
      expect(refsOf(entities).has(catalog.leakingRef)).toBe(false);
      expect(await api.entity(catalog.leakingRef)).toBeUndefined();

      // the error names the file, the entity, each field and its detector
      const message = leak.errors.map(e => e.message).join('\n');
      expect(leak.location).toBe(`file:${file}`);
      expect(message).toContain(
        `Refused ${catalog.leakingRef} from file:${file}`,
      );
      expect(message).toContain(
        'metadata.annotations["example.com/api-token"] (github-token)',
      );
      expect(message).toMatch(
        /spec\.settings\.password \((generic-secret|password-field)\)/,
      );

      // nothing else failed: not the file, not its other entities
      expect(
        errorEvents.filter(e => e.entity.toLowerCase() !== catalog.leakingRef),
      ).toEqual([]);
      const withErrors = entities.filter(e =>
        ((e as AlphaEntity).status?.items ?? []).some(
          item => item.level === 'error',
        ),
      );
      expect(withErrors).toEqual([]);

      // (c) storedIn / stores for the single resource entry of each secret
      const byRef = new Map(
        entities.map(e => [[...refsOf([e])][0], e] as const),
      );
      expect(
        relationsOf(byRef.get('resource:default/db-password'), 'storedIn'),
      ).toEqual(['resource:default/vault-prod']);
      expect(
        relationsOf(byRef.get('resource:payments/card-key'), 'storedIn'),
      ).toEqual(['resource:default/vault-prod']);
      expect(
        relationsOf(byRef.get('resource:default/vault-prod'), 'stores'),
      ).toEqual(['resource:default/db-password', 'resource:payments/card-key']);
      expect(
        relationsOf(byRef.get('resource:default/unstored'), 'storedIn'),
      ).toEqual([]);
      expect(
        relationsOf(byRef.get('resource:default/double-stored'), 'storedIn'),
      ).toEqual([]);

      // the error is logged (by the catalog's logs module) without the value
      expect(logs.text()).toContain(`Refused ${catalog.leakingRef}`);
      for (const value of catalog.secretValues) {
        expect(logs.text()).not.toContain(value);
        expect(JSON.stringify(errorEvents)).not.toContain(value);
      }
    } finally {
      await backend.stop();
      logs.restore();
    }
  });
});
