import { keyHasWords, keyWords } from '../keyNames';
import { LeakDetector } from '../types';

// Formats too plain to recognise on their own (32 hex characters could be
// anything), so they only count in a field whose name says what they are.

const DATADOG_KEY = /^(?:[a-f0-9]{32}|[a-f0-9]{40})$/;
const PAGERDUTY_KEY = /^[a-z0-9]{32}$/;

function isApiKeyField(key: string | undefined): boolean {
  return (
    keyHasWords(key, ['api', 'key']) ||
    keyHasWords(key, ['app', 'key']) ||
    keyHasWords(key, ['application', 'key'])
  );
}

function isIntegrationKeyField(key: string | undefined): boolean {
  return (
    keyHasWords(key, ['integration', 'key']) ||
    keyHasWords(key, ['routing', 'key']) ||
    (keyWords(key ?? '').some(word => word.startsWith('pagerduty')) &&
      keyWords(key ?? '').includes('key'))
  );
}

export const datadogApiKey: LeakDetector = {
  id: 'datadog-api-key',
  description:
    'Datadog-format API keys (32 hex) and application keys (40 hex) in a field named like an API or application key.',
  message: 'Value looks like a Datadog API or application key.',
  test({ head, key }) {
    return (
      isApiKeyField(key) && DATADOG_KEY.test(head.trim()) && /\d/.test(head)
    );
  },
};

export const pagerdutyIntegrationKey: LeakDetector = {
  id: 'pagerduty-integration-key',
  description:
    'PagerDuty integration (routing) keys: 32 lower-case letters and digits in a field named like an integration or routing key, e.g. pagerduty.com/integration-key. Use pagerduty.com/service-id instead.',
  message: 'Value looks like a PagerDuty integration key.',
  test({ head, key }) {
    return (
      isIntegrationKeyField(key) &&
      PAGERDUTY_KEY.test(head.trim()) &&
      /\d/.test(head)
    );
  },
};
