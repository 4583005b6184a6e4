import { Entity } from '@backstage/catalog-model';
import { InPortalLinksProcessor } from './InPortalLinksProcessor';

function componentWithLinks(urls: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'event-processor',
      links: urls.map(url => ({ url, title: url, type: 'runbook' })),
    },
    spec: {},
  };
}

describe('InPortalLinksProcessor', () => {
  it('makes portal paths absolute against app.baseUrl, keeping the other fields', async () => {
    const processor = new InPortalLinksProcessor(
      'https://stagecraft.example.com/',
    );

    const entity = await processor.preProcessEntity(
      componentWithLinks([
        '/docs/default/system/event-data-platform/kinesis-iterator-age/',
        'https://dashboards.example.com/d/events',
      ]),
    );

    expect(entity.metadata.links).toEqual([
      {
        url: 'https://stagecraft.example.com/docs/default/system/event-data-platform/kinesis-iterator-age/',
        title: '/docs/default/system/event-data-platform/kinesis-iterator-age/',
        type: 'runbook',
      },
      {
        url: 'https://dashboards.example.com/d/events',
        title: 'https://dashboards.example.com/d/events',
        type: 'runbook',
      },
    ]);
  });

  it('leaves protocol-relative and absolute URLs, and entities without links, alone', async () => {
    const processor = new InPortalLinksProcessor('http://localhost:3000');
    const unchanged = componentWithLinks([
      '//cdn.example.com/x',
      'https://x.example.com',
    ]);
    const withoutLinks: Entity = { ...unchanged, metadata: { name: 'plain' } };

    expect(await processor.preProcessEntity(unchanged)).toBe(unchanged);
    expect(await processor.preProcessEntity(withoutLinks)).toBe(withoutLinks);
  });
});
