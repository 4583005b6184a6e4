import { datadogApiKey, pagerdutyIntegrationKey } from './keyedTokens';
import { scanned } from '../__testUtils__/scanned';

const hex32 = ['0f1e2d3c4b5a6978', '8796a5b4c3d2e1f0'].join('');
const hex40 = `${hex32}9a8b7c6d`;

describe('datadogApiKey', () => {
  it('finds 32/40 hex keys in API-key fields', () => {
    expect(datadogApiKey.test(scanned(hex32, 'datadoghq.com/api-key'))).toBe(
      true,
    );
    expect(datadogApiKey.test(scanned(hex32, 'DD_API_KEY'))).toBe(true);
    expect(datadogApiKey.test(scanned(hex40, 'appKey'))).toBe(true);
  });

  it('ignores hex in other fields', () => {
    expect(
      datadogApiKey.test(scanned(hex32, 'datadoghq.com/dashboard-id')),
    ).toBe(false);
    expect(datadogApiKey.test(scanned(hex32, undefined))).toBe(false);
  });
});

describe('pagerdutyIntegrationKey', () => {
  it('finds keys in integration-key fields', () => {
    expect(
      pagerdutyIntegrationKey.test(
        scanned(hex32, 'pagerduty.com/integration-key'),
      ),
    ).toBe(true);
    expect(pagerdutyIntegrationKey.test(scanned(hex32, 'routingKey'))).toBe(
      true,
    );
  });

  it('ignores service IDs and keys in other fields', () => {
    expect(
      pagerdutyIntegrationKey.test(
        scanned('PZN5Q22', 'pagerduty.com/service-id'),
      ),
    ).toBe(false);
    expect(pagerdutyIntegrationKey.test(scanned(hex32, 'checksum'))).toBe(
      false,
    );
  });
});
