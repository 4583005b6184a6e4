import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  LINK_TYPE_RUNBOOK,
} from '@stagecraft/catalog-conventions-common';
import { decidedCheck } from './checkResults';
import { CapacityCheckResult } from './types';

/** The replica-lag metrics of an Aurora cluster (`AWS/RDS`). */
export const AURORA_REPLICA_LAG_METRICS = [
  'AuroraReplicaLag',
  'AuroraReplicaLagMaximum',
];

/** An Aurora cluster has a replica-lag alarm. */
export function checkAuroraReplicaLagAlarm(input: {
  resourceRef: string;
  clusterId: string;
  alarms: string[];
}): CapacityCheckResult {
  const { resourceRef, clusterId, alarms } = input;
  const ok = alarms.length > 0;
  return decidedCheck(
    {
      kind: 'aurora-replica-lag-alarm',
      resourceRef,
      resource: `Aurora cluster ${clusterId}`,
    },
    ok,
    {
      arithmetic: ok
        ? `replica lag is alarmed: ${alarms.join(', ')}`
        : `no alarm on ${AURORA_REPLICA_LAG_METRICS.join(' or ')}`,
      numbers: { alarms: alarms.length },
      fix: `Create a CloudWatch alarm on AuroraReplicaLagMaximum of ${clusterId} and list it in ${ANNOTATION_CLOUDWATCH_ALARMS}.`,
    },
  );
}

/** The entity's runbook link about failover: a `runbook` link whose title or URL says "failover". */
export function failoverRunbookOf(
  entity: Entity,
): { url: string; title?: string } | undefined {
  return (entity.metadata.links ?? []).find(
    link =>
      link.type === LINK_TYPE_RUNBOOK &&
      /fail-?over/i.test(`${link.title ?? ''} ${link.url}`),
  );
}

/** An Aurora cluster links its failover runbook. */
export function checkAuroraFailoverRunbook(input: {
  resourceRef: string;
  clusterId: string;
  cluster: Entity;
}): CapacityCheckResult {
  const { resourceRef, clusterId, cluster } = input;
  const runbook = failoverRunbookOf(cluster);
  return decidedCheck(
    {
      kind: 'aurora-failover-runbook',
      resourceRef,
      resource: `Aurora cluster ${clusterId}`,
    },
    runbook !== undefined,
    {
      arithmetic: runbook
        ? `failover runbook linked: ${runbook.title ?? runbook.url}`
        : `no runbook link (type ${LINK_TYPE_RUNBOOK}) whose title or URL says "failover"`,
      numbers: {},
      fix: `Link the failover runbook on ${resourceRef} (metadata.links, type ${LINK_TYPE_RUNBOOK}, titled "… failover …").`,
    },
  );
}
