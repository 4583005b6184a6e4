/* eslint-disable no-restricted-syntax */
// Writes a realistic catalog of `count` YAML files: org files, systems with
// components and APIs, AWS resources, secrets and their stores, and a few
// broken files (a leaked token, a duplicate key, an un-rendered template).
const fs = require('node:fs');
const path = require('node:path');

// Loaded by run.js after the TypeScript transform is registered.
const { mulberry32 } = require('@internal/stagecraft-test-utils');

const random = mulberry32(42);
const pick = list => list[Math.floor(random() * list.length)];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = length =>
  Array.from({ length }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join(
    '',
  );

const group = i => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-${i}
  description: Team ${i} builds and runs part of the platform.
  annotations:
    stagecraft.io/oncall-contact: user:default/person-${i}
  links:
    - url: https://pagerduty.example.com/schedules/team-${i}
      title: On-call
      type: oncall
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: person-${i}
spec:
  profile:
    email: person-${i}@example.com
  memberOf: [team-${i}]
`;

const store = i => `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: store-${i}
  description: Secrets Manager of account ${i}.
  annotations:
    stagecraft.io/store-provider: ${
      i % 25 === 0 ? 'team-laptops' : 'aws-secrets-manager'
    }
spec:
  type: secret-store
  owner: team-${i % 100}
`;

const system = (i, team) => {
  const components = Array.from(
    { length: 3 },
    (_, c) => `---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: svc-${i}-${c}
  description: Service ${c} of system ${i}, handling requests for the ${pick([
      'orders',
      'reviews',
      'search',
      'billing',
    ])} domain.
  tags: [${pick(['java', 'python', 'typescript'])}, aws]
  annotations:
    github.com/project-slug: acme/svc-${i}-${c}
    amazonaws.com/arn: arn:aws:lambda:eu-west-1:123456789012:function:svc-${i}-${c}
    pagerduty.com/service-id: P${token(6).toUpperCase()}
  links:
    - url: https://runbooks.example.com/svc-${i}-${c}
      title: Runbook
      type: runbook
spec:
  type: ${pick(['service', 'lambda-function', 'website'])}
  lifecycle: production
  owner: team-${team}
  system: system-${i}
  dependsOn:
    - resource:default/db-${i}
    - resource:default/secret-${i}
  providesApis: [api-${i}]
`,
  ).join('');
  return `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: system-${i}
  description: System ${i}.
spec:
  owner: team-${team}
${components}---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: api-${i}
  description: HTTP API of system ${i}.
spec:
  type: openapi
  lifecycle: production
  owner: team-${team}
  system: system-${i}
  definition: |
    openapi: 3.0.0
    info: { title: api-${i}, version: 1.0.0 }
    paths: {}
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: db-${i}
  description: Aurora cluster of system ${i}.
  annotations:
    amazonaws.com/arn: arn:aws:rds:eu-west-1:123456789012:cluster:db-${i}
spec:
  type: aurora-cluster
  owner: team-${team}
  system: system-${i}
`;
};

const secret = (i, team, storeCount) => `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: secret-${i}
  description: ${
    i % 40 === 0
      ? 'TODO'
      : `Password of the database user of system ${i}, used by its services.`
  }
  annotations:
    stagecraft.io/secret-kind: password
    stagecraft.io/secret-path: prod/system-${i}/db-password
    stagecraft.io/rotation-period: 90d
  links:
    - url: https://wiki.example.com/rotate/system-${i}
      title: Rotation guide
      type: rotation-guide
spec:
  type: secret
  owner: team-${team}
  system: system-${i}
  dependsOn: [resource:default/store-${i % storeCount}]
`;

const broken = [
  // A leaked token in an annotation.
  i => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: leaky-${i}
  annotations:
    example.com/token: ghp_${token(36)}
spec:
  type: service
  lifecycle: production
  owner: team-1
`,
  // Two entities without ---.
  i =>
    `${
      group(`dup-${i}`).split('---')[0]
    }apiVersion: backstage.io/v1alpha1\nkind: Group\n`,
  // An un-rendered template.
  () => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: \${{ values.name }}
spec:
  type: service
  lifecycle: experimental
  owner: team-1
`,
];

/** Writes the catalog; returns the file paths. */
function generateCatalog(dir, count) {
  const files = [];
  const write = (name, text) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files.push(file);
  };
  const teams = 100;
  const stores = 50;
  for (let i = 0; i < teams; i++) write(`org/team-${i}.yaml`, group(i));
  for (let i = 0; i < stores; i++) write(`stores/store-${i}.yaml`, store(i));
  // Per system: its catalog-info.yaml and its secret; one broken file per 25 systems.
  for (let i = 0; files.length < count; i++) {
    write(`systems/system-${i}/catalog-info.yaml`, system(i, i % teams));
    if (files.length < count) {
      write(`systems/system-${i}/secret.yaml`, secret(i, i % teams, stores));
    }
    if (i % 25 === 24 && files.length < count) {
      write(
        `broken/broken-${i}.yaml`,
        broken[Math.floor(i / 25) % broken.length](i),
      );
    }
  }
  return files;
}

module.exports = { generateCatalog };
