import { prefixed, TokenFormatSpec } from './tokenFormat';

// Datadog and PagerDuty keys without a prefix are in ../keyedTokens.ts.
export const OBSERVABILITY_FORMATS = [
  prefixed(
    'new-relic-key',
    'a New Relic key',
    ['NRAK-', 'NRII-', 'NRIQ-', 'NRRA-', 'NRAA-'],
    '[A-Z0-9]{27,32}',
  ),
  prefixed(
    'new-relic-browser-key',
    'a New Relic browser key',
    'NRJS-',
    '[a-f0-9]{19}',
  ),
  {
    id: 'new-relic-license-key',
    what: 'a New Relic license (ingest) key',
    anchors: ['NRAL'],
    pattern: /(?<![A-Za-z0-9])([a-f0-9]{36})NRAL(?![A-Za-z0-9])/,
  },
  {
    id: 'sentry-dsn',
    what: 'a Sentry DSN with its secret key (a DSN with only the public key is public by design)',
    anchors: ['sentry'],
    pattern:
      /https?:\/\/[a-f0-9]{32}:([a-f0-9]{32})@[a-z0-9.-]{0,100}sentry[a-z0-9.-]{0,100}\/\d+/i,
  },
  prefixed(
    'sentry-token',
    'a Sentry auth token',
    ['sntrys_', 'sntryu_'],
    '[A-Za-z0-9+/=_]{64,400}',
  ),
  prefixed(
    'grafana-token',
    'a Grafana Cloud or service-account token',
    ['glc_', 'glsa_'],
    '[A-Za-z0-9+/=_]{32,400}',
  ),
  prefixed(
    'grafana-api-key',
    'a Grafana API key',
    'eyJrIjoi',
    '[A-Za-z0-9+/=]{50,200}',
  ),
  prefixed(
    'honeycomb-key',
    'a Honeycomb API key',
    ['hcaik_', 'hcxik_', 'hcxlk_', 'hcamk_'],
    '[a-z0-9]{20,64}',
  ),
  {
    id: 'dynatrace-token',
    what: 'a Dynatrace token',
    anchors: ['dt0'],
    pattern:
      /(?<![A-Za-z0-9_.-])dt0[a-z]\d{2}\.[A-Z0-9]{24}\.([A-Z0-9]{64})(?![A-Za-z0-9])/,
  },
  {
    id: 'splunk-hec-token',
    what: 'a Splunk HTTP Event Collector token',
    anchors: ['Splunk '],
    pattern:
      /Splunk\s{1,3}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i,
  },
] as const satisfies readonly TokenFormatSpec[];
