import * as api from '.';

describe('public API', () => {
  it('exports the leak detector, the rules and the configuration helpers', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ANNOTATION_ROTATION_PERIOD',
        'ANNOTATION_SECRET_KIND',
        'ANNOTATION_SECRET_PATH',
        'ANNOTATION_STORE_PROVIDER',
        'DEFAULT_APPROVED_STORE_PROVIDERS',
        'DEFAULT_SECRETS_RULES_CONFIG',
        'DEFAULT_SEVERITIES',
        'LEAK_DETECTORS',
        'MAX_SCANNED_LENGTH',
        'MIN_DESCRIPTION_LENGTH',
        'MIN_DESCRIPTION_WORDS',
        'NO_STORE_KEY',
        'RELATION_STORED_IN',
        'RELATION_STORES',
        'REMEDIATION_LINK_TYPES',
        'SECRETS_CSV_COLUMNS',
        'SECRET_RULES',
        'SECRET_RULE_IDS',
        'SECRET_STORE_TYPE',
        'SECRET_TYPE',
        'SEVERITIES',
        'buildSecretsCatalogView',
        'declaredStoreRef',
        'evaluateSecret',
        'evaluateSecrets',
        'findSecretValues',
        'isOrphanedSecret',
        'isSecret',
        'isSecretStore',
        'readSecretsRulesConfig',
        'secretsPermissions',
        'secretsReviewPermission',
        'secretsToCsv',
        'severityOf',
        'summarizeSecrets',
        'toCsvField',
      ].sort(),
    );
  });
});
