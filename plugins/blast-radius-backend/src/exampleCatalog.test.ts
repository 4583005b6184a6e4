import path from 'path';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EXAMPLE_CATALOG_DIR,
  loadExampleCatalog,
} from '@internal/stagecraft-test-utils';
import {
  formatOwnersAsCsv,
  formatOwnersAsMarkdown,
} from '@stagecraft/plugin-blast-radius-common';
import {
  startBlastRadiusBackend,
  waitForBlastRadius,
} from './__testUtils__/startBlastRadiusBackend';

const STORE = 'resource:default/aws-secrets-manager-prod';

function fullRef(ref: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
  );
}

function dependsOn(entity: Entity): string[] {
  return ((entity.spec?.dependsOn as string[]) ?? []).map(r =>
    fullRef(r, 'component'),
  );
}

describe('blast radius of the example catalog', () => {
  const entities = loadExampleCatalog();
  const secrets = entities
    .filter(e => e.spec?.type === 'secret' && dependsOn(e).includes(STORE))
    .map(e => stringifyEntityRef(e));
  const components = entities.filter(
    e => e.kind === 'Component' && dependsOn(e).some(r => secrets.includes(r)),
  );
  const componentRefs = components.map(e => stringifyEntityRef(e));
  const systems = [
    ...new Set(
      components
        .filter(e => e.spec?.system)
        .map(e => fullRef(e.spec!.system as string, 'system')),
    ),
  ];
  const owners = [
    ...new Set(components.map(e => fullRef(e.spec!.owner as string, 'group'))),
  ];

  it('has a store with secrets in it that components use', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    expect(componentRefs.length).toBeGreaterThanOrEqual(5);
    expect(systems.length).toBeGreaterThanOrEqual(3);
  });

  it('includes the secrets stored there, the components using them, their systems and whom to call', async () => {
    const backend = await startBlastRadiusBackend(
      path.join(EXAMPLE_CATALOG_DIR, 'all.yaml'),
    );
    try {
      const result = await waitForBlastRadius(backend.server, STORE, [
        ...secrets,
        ...componentRefs,
        ...systems,
      ]);
      const byRef = new Map(result.nodes.map(n => [n.entityRef, n]));
      for (const secret of secrets) {
        expect(byRef.get(secret)?.distance).toBe(1);
      }
      for (const component of componentRefs) {
        expect(byRef.get(component)!.distance).toBeGreaterThanOrEqual(2);
      }

      const ownerRefs = result.owners.map(o => o.owner.entityRef);
      expect(ownerRefs[0]).toBe('group:default/platform-team');
      expect(ownerRefs).toEqual(expect.arrayContaining(owners));
      for (const owner of result.owners.filter(o =>
        owners.includes(o.owner.entityRef),
      )) {
        // Every team in the example catalog names an on-call User.
        expect(owner.oncall?.entityRef).toMatch(/^user:default\//);
        expect(owner.oncall?.email).toMatch(/@example\.com$/);
        expect(owner.oncallSchedules[0]?.type).toBe('oncall');
      }
      const store = result.owners[0].entities[0];
      expect(store.entityRef).toBe(STORE);
      expect(store.runbooks.map(r => r.type)).toEqual(
        expect.arrayContaining(['runbook', 'incident-response']),
      );

      const csv = formatOwnersAsCsv(result).trim().split('\r\n');
      expect(csv).toHaveLength(
        1 + result.owners.reduce((n, o) => n + o.entities.length, 0),
      );
      expect(formatOwnersAsMarkdown(result)).toContain(
        '### Platform Team (group:default/platform-team)',
      );
    } finally {
      await backend.stop();
    }
  }, 120_000);
});
