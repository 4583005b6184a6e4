import {
  catalogEntity,
  catalogFile,
  teamEntity,
  userEntity,
} from '@internal/stagecraft-test-utils';

/**
 * A small catalog for the route permission tests. Every entity the policy
 * denies carries `restricted: "true"` and a name with "payroll" in it, so an
 * answer that leaks one is easy to spot; so do their owner's PagerDuty id,
 * their AWS account, runbook and alarm.
 */
export const DENIED_MARKERS = ['payroll', 'PPAYROLL', '999988887777'];

export const RESTRICTED_CATALOG = `${catalogFile([
  teamEntity({
    name: 'shop-team',
    annotations: { 'stagecraft.io/oncall-contact': 'user:default/ana' },
  }),
  userEntity('ana', ['shop-team']),
  catalogEntity('System', 'shop', { owner: 'shop-team' }),
])}---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
  annotations:
    pagerduty.com/service-id: PSHOP01
  links:
    - url: https://wiki.example.com/checkout-runbook
      title: Checkout runbook
      type: runbook
spec:
  type: service
  lifecycle: production
  owner: shop-team
  system: shop
  dependsOn: [resource:default/shop-db-password, resource:default/ledger-api-key]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: vault-prod
  annotations:
    stagecraft.io/store-provider: hashicorp-vault
spec:
  type: secret-store
  owner: shop-team
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: shop-db-password
  description: The password the checkout service uses for its database.
spec:
  type: secret
  owner: shop-team
  system: shop
  dependsOn: [resource:default/vault-prod]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: ledger-api-key
  description: The key the checkout service uses to call the ledger API.
spec:
  type: secret
  owner: shop-team
  system: shop
  dependsOn: [resource:default/payroll-vault]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders-pipeline
  annotations:
    stagecraft.io/peak-requests-per-second: "100"
spec:
  type: pipeline
  lifecycle: production
  owner: shop-team
  dependsOn: [component:default/ingest-fn, component:default/payroll-fn]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ingest-fn
  annotations:
    amazonaws.com/arn: arn:aws:lambda:eu-west-1:111122223333:function:ingest-fn
spec:
  type: lambda-function
  lifecycle: production
  owner: shop-team
  system: shop
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payroll-team
  labels:
    restricted: "true"
  annotations:
    pagerduty.com/service-id: PPAYROLL9
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payroll-fn
  labels:
    restricted: "true"
  annotations:
    amazonaws.com/arn: arn:aws:lambda:eu-west-1:999988887777:function:payroll-fn
    pagerduty.com/service-id: PPAYROLL1
    stagecraft.io/cloudwatch-alarms: payroll-fn-errors
  links:
    - url: https://wiki.example.com/payroll-runbook
      title: Payroll runbook
      type: runbook
spec:
  type: lambda-function
  lifecycle: production
  owner: payroll-team
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payroll-api
  labels:
    restricted: "true"
spec:
  type: service
  lifecycle: production
  owner: payroll-team
  dependsOn: [resource:default/shop-db-password]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: payroll-vault
  labels:
    restricted: "true"
spec:
  type: secret-store
  owner: payroll-team
`;

/** Entities in the catalog above, Locations aside. */
export const RESTRICTED_CATALOG_SIZE = 13;

/** Entities some readiness check applies to (production Components). */
export const READINESS_EVALUATED = [
  'component:default/checkout',
  'component:default/orders-pipeline',
  'component:default/ingest-fn',
  'component:default/payroll-fn',
  'component:default/payroll-api',
];
