import { Entity } from '@backstage/catalog-model';
import {
  annotationOf,
  ANNOTATION_STORE_PROVIDER,
  refKey,
} from '@stagecraft/catalog-conventions-common';
import {
  buildSecretsCatalogView,
  isSecretStore,
} from '@stagecraft/plugin-secrets-common';
import {
  DEFAULT_RECONCILE_POLICY,
  DriftFinding,
  reconcileStore,
  SimulatedSecretStoreReader,
} from '@stagecraft/plugin-secrets-node';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { catalogSecretsOf, secretEntitiesOfStore } from './catalogSecrets';

const NOW = new Date('2026-12-05T12:00:00Z');

describe('drift of the example catalog against the simulated stores', () => {
  const entities = loadExampleCatalog();
  const view = buildSecretsCatalogView(entities);
  const secretsOf = async (store: Entity) =>
    secretEntitiesOfStore(store, entities);

  async function driftOf(store: Entity): Promise<DriftFinding[]> {
    const reader = new SimulatedSecretStoreReader({
      provider: annotationOf(store, ANNOTATION_STORE_PROVIDER) ?? 'unknown',
      catalogSecrets: secretsOf,
      now: () => NOW,
    });
    return reconcileStore({
      store: refKey(store),
      secrets: catalogSecretsOf(store, view, entities),
      items: await reader.listItems(store),
      policy: DEFAULT_RECONCILE_POLICY,
      now: NOW,
    }).findings;
  }

  it('shows every kind of finding out of the box, each with evidence and a fix', async () => {
    const stores = entities.filter(isSecretStore);
    expect(stores.length).toBeGreaterThan(3);
    const findings = (await Promise.all(stores.map(driftOf))).flat();
    const kinds = new Set(findings.map(f => f.kind));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'expiring',
        'ghost',
        'rotation-overdue',
        'shadow',
        'unused',
      ]),
    );
    for (const finding of findings) {
      expect(finding.evidence).not.toBe('');
      expect(finding.fix).not.toBe('');
    }
    // Every catalog secret present in its store is matched: no shadow names one.
    const inCatalog = new Set(
      stores.flatMap(store =>
        catalogSecretsOf(store, view, entities).map(s => s.path),
      ),
    );
    expect(
      findings.filter(f => f.kind === 'shadow' && inCatalog.has(f.item!)),
    ).toEqual([]);
  });
});
