// The annotations Stagecraft reads from catalog YAML. docs/catalog-conventions.md describes
// each one; docs.test.ts keeps the two in step.

/** On a Group: its on-call contact, an entity ref to a User (`user:default/maria.lopez`). */
export const ANNOTATION_ONCALL_CONTACT = 'stagecraft.io/oncall-contact';
/** PagerDuty's standard annotation: the id of the service that pages. */
export const ANNOTATION_PAGERDUTY_SERVICE_ID = 'pagerduty.com/service-id';
/** The Opsgenie team that is paged. */
export const ANNOTATION_OPSGENIE_TEAM = 'opsgenie.com/team';

/** Comma-separated CloudWatch alarm names watching the entity. */
export const ANNOTATION_CLOUDWATCH_ALARMS = 'stagecraft.io/cloudwatch-alarms';
/** Comma-separated Datadog monitor ids watching the entity. */
export const ANNOTATION_DATADOG_MONITOR_IDS = 'datadoghq.com/monitor-ids';

/** Comma-separated entity refs the stage reads data from. */
export const ANNOTATION_READS_FROM = 'stagecraft.io/reads-from';
/** Comma-separated entity refs the stage writes data to. */
export const ANNOTATION_WRITES_TO = 'stagecraft.io/writes-to';

/** The AWS resource behind the entity (the annotation of `@backstage/plugin-catalog-backend-module-aws`). */
export const ANNOTATION_AWS_ARN = 'amazonaws.com/arn';
/** Roadie's Lambda plugin: the function name (Roadie allows a comma-separated list; the first is used). */
export const ANNOTATION_ROADIE_LAMBDA_NAME = 'aws.com/lambda-function-name';
/** Roadie's Lambda plugin: the function's region. */
export const ANNOTATION_ROADIE_LAMBDA_REGION = 'aws.com/lambda-region';

/** Prefix of the per-entity pipeline health threshold overrides, e.g. `stagecraft.io/threshold-error-rate`. */
export const THRESHOLD_ANNOTATION_PREFIX = 'stagecraft.io/threshold-';

/** On a secret-store: who provides the store, e.g. `aws-secrets-manager`. */
export const ANNOTATION_STORE_PROVIDER = 'stagecraft.io/store-provider';
/** On an AWS secret-store: the account id its reader uses (default: `aws.mainAccount`). */
export const ANNOTATION_STORE_AWS_ACCOUNT = 'stagecraft.io/store-aws-account';
/** On an AWS secret-store: its region, or comma-separated regions, e.g. `eu-west-1`. */
export const ANNOTATION_STORE_AWS_REGION = 'stagecraft.io/store-aws-region';
/** On a HashiCorp Vault secret-store: its address, e.g. `https://vault.internal.example.com:8200`. */
export const ANNOTATION_STORE_VAULT_ADDRESS =
  'stagecraft.io/store-vault-address';
/** On a HashiCorp Vault secret-store: the path of its KV v2 secrets engine, e.g. `kv`. */
export const ANNOTATION_STORE_VAULT_MOUNT = 'stagecraft.io/store-vault-mount';
/** On a secret: what kind of secret it is, e.g. `api-key`. */
export const ANNOTATION_SECRET_KIND = 'stagecraft.io/secret-kind';
/** On a secret: where it lives in its store, e.g. the Secrets Manager secret name. */
export const ANNOTATION_SECRET_PATH = 'stagecraft.io/secret-path';
/** On a secret: how often it is rotated, e.g. `90d`. */
export const ANNOTATION_ROTATION_PERIOD = 'stagecraft.io/rotation-period';

/** Backstage's: where the entity's TechDocs site is, e.g. `dir:.` (the folder of its YAML). */
export const ANNOTATION_TECHDOCS_REF = 'backstage.io/techdocs-ref';
