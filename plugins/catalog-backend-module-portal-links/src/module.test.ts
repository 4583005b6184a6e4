import { eventually, startCatalog } from '@internal/stagecraft-test-utils';
import catalogModulePortalLinks from './index';

// Starting the real catalog takes seconds on a busy CI machine.
jest.setTimeout(60_000);

const RUNBOOK = '/docs/default/system/reviews/moderation/';

const component = (name: string) => `
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  links:
    - url: ${RUNBOOK}
      title: Moderation runbook
      type: runbook
spec:
  type: service
  lifecycle: production
  owner: group:default/reviews
`;

describe('catalogModulePortalLinks on the real catalog backend', () => {
  it('stores a path link as a URL under app.baseUrl', async () => {
    const backend = await startCatalog({
      files: { 'moderation.yaml': component('moderation-api') },
      modules: [],
      features: [catalogModulePortalLinks],
      config: { app: { baseUrl: 'https://portal.example.com' } },
      processingInterval: { milliseconds: 200 },
    });
    try {
      const stored = await eventually('the stored component', () =>
        backend.catalog.entity('component:default/moderation-api'),
      );
      expect(stored.metadata.links).toEqual([
        {
          url: `https://portal.example.com${RUNBOOK}`,
          title: 'Moderation runbook',
          type: 'runbook',
        },
      ]);
    } finally {
      await backend.stop();
    }
  });

  it('without the module, the catalog refuses the entity', async () => {
    const backend = await startCatalog({
      files: { 'moderation.yaml': component('moderation-api') },
      modules: [],
      processingInterval: { milliseconds: 200 },
    });
    try {
      const [event] = await eventually('the catalog error', async () =>
        backend.errorEvents.length ? backend.errorEvents : undefined,
      );
      expect(event.errors.map(e => e.message).join(' ')).toContain(
        'links.0.url',
      );
      expect(
        await backend.catalog.entity('component:default/moderation-api'),
      ).toBeUndefined();
    } finally {
      await backend.stop();
    }
  });
});
