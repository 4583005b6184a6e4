import { storeNamesOf } from './storeNames';

describe('storeNamesOf', () => {
  it('reads a Vault KV v2 API path as its metadata path too', () => {
    expect(storeNamesOf('kv/data/prod/platform/pagerduty')).toEqual([
      'kv/data/prod/platform/pagerduty',
      'kv/prod/platform/pagerduty',
    ]);
  });

  it("reads a certificate written with 'wildcard.' as ACM's '*.' name too", () => {
    expect(storeNamesOf('eu-west-1/wildcard.internal.example.com')).toEqual([
      'eu-west-1/wildcard.internal.example.com',
      'eu-west-1/*.internal.example.com',
    ]);
  });

  it('leaves other paths as they are', () => {
    expect(storeNamesOf('prod/orders/db')).toEqual(['prod/orders/db']);
    expect(storeNamesOf('/prod/events/maps-key')).toEqual([
      '/prod/events/maps-key',
    ]);
  });
});
