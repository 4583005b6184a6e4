import { catalogConfig, catalogLocation } from './catalogConfig';

describe('catalogConfig', () => {
  it('reads http(s) targets as url locations and everything else as files', () => {
    expect(catalogLocation('https://example.com/catalog-info.yaml')).toEqual({
      type: 'url',
      target: 'https://example.com/catalog-info.yaml',
    });
    expect(catalogLocation('http://localhost:7007/a.yaml').type).toBe('url');
    expect(catalogLocation('/repo/catalog-info/all.yaml')).toEqual({
      type: 'file',
      target: '/repo/catalog-info/all.yaml',
    });
  });

  it('allows the kinds Stagecraft uses, Location and Domain included', () => {
    const config = catalogConfig({
      locations: ['/a.yaml'],
      processingInterval: { seconds: 1 },
    });
    expect(config.rules[0].allow).toEqual(
      expect.arrayContaining(['Component', 'Resource', 'Location', 'Domain']),
    );
    expect(config.processingInterval).toEqual({ seconds: 1 });
  });
});
