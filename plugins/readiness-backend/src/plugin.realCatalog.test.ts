import request from 'supertest';
import { mockCredentials } from '@backstage/backend-test-utils';
import { startExampleCatalog } from '@internal/stagecraft-test-utils';
import { EntityReadiness } from '@stagecraft/plugin-readiness-common';
import { readinessPlugin } from './plugin';

jest.setTimeout(120_000);

describe('readiness over the real catalog backend', () => {
  it('reads the example catalog through the catalog service and evaluates it', async () => {
    const backend = await startExampleCatalog({
      modules: ['portal-links'],
      features: [readinessPlugin],
    });
    const { server } = backend;
    try {
      const asUser = (req: request.Test) =>
        req.set('Authorization', mockCredentials.user.header());
      // Wait until the catalog has processed the example (49 entities get readiness checks).
      let items: EntityReadiness[] = [];
      for (let attempt = 0; attempt < 120 && items.length < 49; attempt++) {
        await asUser(request(server).post('/api/readiness/evaluate')).expect(
          202,
        );
        items = (
          await asUser(request(server).get('/api/readiness/results?limit=500'))
        ).body.items;
        if (items.length < 49)
          await new Promise(resolve => setTimeout(resolve, 500));
      }
      expect(items.length).toBe(49);
      const statuses = Object.fromEntries(
        items.map(r => [r.entityRef, r.status]),
      );
      expect(statuses['component:default/event-processor']).toBe('pass');
      expect(statuses['component:default/event-replayer']).toBe('fail');
      expect(statuses['resource:default/notification-whatsapp-queue']).toBe(
        'fail',
      );
      const processor = items.find(
        r => r.entityRef === 'component:default/event-processor',
      )!;
      expect(processor.domain).toBe('domain:default/data-and-analytics');
      expect(
        processor.checks.find(c => c.checkId === 'oncall-contact')?.status,
      ).toBe('pass');
    } finally {
      await backend.stop();
    }
  });
});
