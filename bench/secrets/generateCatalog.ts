import fs from 'fs';
import path from 'path';
import { Entity } from '@backstage/catalog-model';
import { catalogEntity } from '@internal/stagecraft-test-utils';
import {
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
  ANNOTATION_STORE_PROVIDER,
} from '@stagecraft/catalog-conventions-common';
import { numberFromEnv } from '../shared/benchEnv';

/**
 * Sizes of the generated catalog: 10,000 entities, 5,000 of them secrets,
 * times SECRETS_BENCH_SCALE (default 1) for quicker runs.
 */
const scale = numberFromEnv('SECRETS_BENCH_SCALE', 1);
export const SIZES = {
  groups: Math.max(1, Math.round(50 * scale)),
  stores: Math.max(1, Math.round(20 * scale)),
  secrets: Math.round(5000 * scale),
  components: Math.round(4930 * scale),
  /** Entities per file. */
  perFile: 250,
};

const PROVIDERS = [
  'aws-secrets-manager',
  'aws-ssm-parameter-store',
  'hashicorp-vault',
  'aws-kms',
  'team-laptops', // unapproved, so that the review has failures to report
];
const SECRET_KINDS = ['api-key', 'token', 'password', 'connection-string'];

function group(i: number): Entity {
  return catalogEntity('Group', `team-${i}`, { type: 'team', children: [] });
}

function store(i: number): Entity {
  return catalogEntity(
    'Resource',
    {
      name: `store-${i}`,
      title: `Store ${i}`,
      annotations: {
        [ANNOTATION_STORE_PROVIDER]: PROVIDERS[i % PROVIDERS.length],
      },
    },
    { type: 'secret-store', owner: `group:team-${i % SIZES.groups}` },
  );
}

function secret(i: number): Entity {
  const team = i % SIZES.groups;
  // every 10th secret lacks remediation docs, every 25th has a placeholder description
  const links =
    i % 10 === 0
      ? []
      : [
          {
            url: `https://wiki.example.com/rotate/secret-${i}`,
            title: 'Rotation guide',
            type: 'rotation-guide',
          },
        ];
  return catalogEntity(
    'Resource',
    {
      name: `secret-${i}`,
      title: `Secret ${i}`,
      description:
        i % 25 === 0
          ? 'TODO'
          : `Credential ${i} used by the services of team ${team} to reach their upstream.`,
      annotations: {
        [ANNOTATION_SECRET_KIND]: SECRET_KINDS[i % SECRET_KINDS.length],
        [ANNOTATION_SECRET_PATH]: `prod/team-${team}/secret-${i}`,
        [ANNOTATION_ROTATION_PERIOD]: '90d',
      },
      links,
    },
    {
      type: 'secret',
      lifecycle: 'production',
      owner: `group:team-${team}`,
      dependsOn: [`resource:store-${i % SIZES.stores}`],
    },
  );
}

function component(i: number): Entity {
  // each component uses one to three secrets; secrets past the components'
  // reach stay unused, so the review has orphans too
  const uses = [i, i + SIZES.components, (i * 7) % SIZES.secrets]
    .slice(0, 1 + (i % 3))
    .filter(n => n < SIZES.secrets);
  return catalogEntity('Component', `service-${i}`, {
    type: 'service',
    lifecycle: 'production',
    owner: `group:team-${i % SIZES.groups}`,
    dependsOn: [...new Set(uses)].map(n => `resource:secret-${n}`),
  });
}

/** JSON is YAML: fast to write, and parsed by the catalog's YAML parser like any file. */
function writeFiles(dir: string, prefix: string, docs: Entity[]): string[] {
  const files: string[] = [];
  for (let start = 0; start < docs.length; start += SIZES.perFile) {
    const file = `${prefix}-${files.length}.yaml`;
    fs.writeFileSync(
      path.join(dir, file),
      docs
        .slice(start, start + SIZES.perFile)
        .map(doc => JSON.stringify(doc))
        .join('\n---\n'),
    );
    files.push(file);
  }
  return files;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Writes the catalog into `dir`; returns the entry file and what it holds. */
export function generateCatalog(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const targets = [
    ...writeFiles(dir, 'groups', range(SIZES.groups).map(group)),
    ...writeFiles(dir, 'stores', range(SIZES.stores).map(store)),
    ...writeFiles(dir, 'secrets', range(SIZES.secrets).map(secret)),
    ...writeFiles(dir, 'components', range(SIZES.components).map(component)),
  ];
  const entry = path.join(dir, 'all.yaml');
  fs.writeFileSync(
    entry,
    JSON.stringify(
      catalogEntity('Location', 'secrets-bench', {
        targets: targets.map(t => `./${t}`),
      }),
    ),
  );
  const usedSecrets = new Set(
    range(SIZES.components).flatMap(
      i => (component(i).spec as { dependsOn: string[] }).dependsOn,
    ),
  );
  return {
    entry,
    files: targets.length,
    entities: SIZES.groups + SIZES.stores + SIZES.secrets + SIZES.components,
    secrets: SIZES.secrets,
    stores: SIZES.stores,
    secretsWithDependents: usedSecrets.size,
  };
}
