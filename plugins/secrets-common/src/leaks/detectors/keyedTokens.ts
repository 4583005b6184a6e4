import { keyHasWords, keyWords } from '../keyNames';
import { LeakDetectorId } from '../types';
import { FieldGatedDetector } from './selectDetectors';

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

/** A value of a plain format that counts only in a field `field` accepts. */
function keyedToken(spec: {
  id: LeakDetectorId;
  description: string;
  message: string;
  field: (key: string | undefined) => boolean;
  value: RegExp;
}): FieldGatedDetector {
  const { field, value, ...rest } = spec;
  return {
    ...rest,
    fieldGate: field,
    test({ head, key }) {
      return field(key) && value.test(head.trim()) && /\d/.test(head);
    },
  };
}

export const datadogApiKey = keyedToken({
  id: 'datadog-api-key',
  description:
    'Datadog-format API keys (32 hex) and application keys (40 hex) in a field named like an API or application key.',
  message: 'Value looks like a Datadog API or application key.',
  field: isApiKeyField,
  value: DATADOG_KEY,
});

export const pagerdutyIntegrationKey = keyedToken({
  id: 'pagerduty-integration-key',
  description:
    'PagerDuty integration (routing) keys: 32 lower-case letters and digits in a field named like an integration or routing key, e.g. pagerduty.com/integration-key. Use pagerduty.com/service-id instead.',
  message: 'Value looks like a PagerDuty integration key.',
  field: isIntegrationKeyField,
  value: PAGERDUTY_KEY,
});
