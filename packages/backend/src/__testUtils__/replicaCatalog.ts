import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_READS_FROM,
} from '@stagecraft/plugin-readiness-common';
import {
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
  ANNOTATION_STORE_PROVIDER,
} from '@stagecraft/plugin-secrets-common';
import { stringify } from 'yaml';

/** Stages per pipeline; every stage is a production Lambda watched by one CloudWatch alarm. */
export const REPLICA_PIPELINE_STAGES = 4;
/** Two pipelines of the same shape: one viewed through one replica, one through both. */
export const SOLO_PIPELINE = 'solo';
export const PAIR_PIPELINE = 'pair';

/** The secret store the drift reconciliation reads (through the fake Vault), and its items. */
export const REPLICA_VAULT_STORE = 'resource:default/replica-vault';
export const REPLICA_VAULT_MOUNT = 'kv';
export const REPLICA_VAULT_SECRETS = ['prod/orders/db-password', 'prod/stray'];

/** The entity whose blast radius grows as newcomers depending on it arrive in the catalog. */
export const BLAST_RADIUS_ROOT = 'resource:default/replica-db';
/** The services that arrive one by one, each depending on `BLAST_RADIUS_ROOT`. */
export const BLAST_RADIUS_NEWCOMERS = [
  'component:default/billing-api',
  'component:default/audit-api',
];

const OWNER = 'group:default/replica-team';

type Entity = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
};

function entity(
  kind: string,
  name: string,
  spec: Record<string, unknown>,
  annotations?: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, ...(annotations ? { annotations } : {}) },
    spec,
  };
}

/** A pipeline Component and its Lambda stages, each reading from the one before. */
function pipeline(prefix: string): Entity[] {
  const stages = Array.from({ length: REPLICA_PIPELINE_STAGES }, (_, i) => {
    const name = `${prefix}-fn-${i}`;
    return entity(
      'Component',
      name,
      { type: 'lambda-function', lifecycle: 'production', owner: OWNER },
      {
        [ANNOTATION_AWS_ARN]: `arn:aws:lambda:eu-west-1:111122223333:function:${name}`,
        [ANNOTATION_CLOUDWATCH_ALARMS]: `${name}-errors`,
        ...(i > 0
          ? {
              [ANNOTATION_READS_FROM]: `component:default/${prefix}-fn-${
                i - 1
              }`,
            }
          : {}),
      },
    );
  });
  return [
    entity('Component', `${prefix}-pipeline`, {
      type: 'pipeline',
      lifecycle: 'production',
      owner: OWNER,
      dependsOn: stages.map(
        stage => `component:default/${stage.metadata.name}`,
      ),
    }),
    ...stages,
  ];
}

/**
 * The catalog the replicas serve: two pipelines, a Vault secret store with one secret, and a
 * database that a service and the first `newcomers` of `BLAST_RADIUS_NEWCOMERS` depend on.
 */
export function replicaCatalogYaml(options: { newcomers: number }): string {
  const dependent = (name: string) =>
    entity('Component', name, {
      type: 'service',
      lifecycle: 'production',
      owner: OWNER,
      dependsOn: [BLAST_RADIUS_ROOT],
    });
  const entities: Entity[] = [
    entity('Group', 'replica-team', { type: 'team', children: [] }),
    ...pipeline(SOLO_PIPELINE),
    ...pipeline(PAIR_PIPELINE),
    entity(
      'Resource',
      'replica-vault',
      { type: 'secret-store', lifecycle: 'production', owner: OWNER },
      { [ANNOTATION_STORE_PROVIDER]: 'hashicorp-vault' },
    ),
    entity(
      'Resource',
      'orders-db-password',
      {
        type: 'secret',
        lifecycle: 'production',
        owner: OWNER,
        dependsOn: [REPLICA_VAULT_STORE],
      },
      {
        [ANNOTATION_SECRET_KIND]: 'password',
        [ANNOTATION_SECRET_PATH]: REPLICA_VAULT_SECRETS[0],
      },
    ),
    entity('Resource', 'replica-db', {
      type: 'database',
      lifecycle: 'production',
      owner: OWNER,
    }),
    dependent('orders-api'),
    ...BLAST_RADIUS_NEWCOMERS.slice(0, options.newcomers).map(ref =>
      dependent(ref.split('/')[1]),
    ),
  ];
  return entities.map(e => stringify(e)).join('---\n');
}

/** How many entities `replicaCatalogYaml` holds. */
export function replicaCatalogSize(options: { newcomers: number }): number {
  return 5 + 2 * (REPLICA_PIPELINE_STAGES + 1) + options.newcomers;
}
