import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { mulberry32 } from '@internal/stagecraft-test-utils';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_ONCALL_CONTACT,
  ANNOTATION_PAGERDUTY_SERVICE_ID,
  ANNOTATION_READS_FROM,
} from '@stagecraft/catalog-conventions-common';

const entity = (
  kind: string,
  name: string,
  metadata: Partial<Entity['metadata']>,
  spec: JsonObject,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...metadata },
  spec,
});

/**
 * A catalog of `size` entities proportioned like the example catalog: 1%
 * teams (90% name an on-call contact and schedule), 2% users, systems and
 * domains, and for the rest 30% Lambdas (half reading a Kinesis stream),
 * 15% services, 10% state machines and batch jobs, 12% Kinesis streams, 15%
 * SQS queues (a third of them DLQs), 10% buckets and tables, 8% secrets.
 * About 80% of the alarms and links a check wants are there, so results mix
 * passes and failures as in a real organisation.
 */
export function generateCatalog(size: number, seed = 42): Entity[] {
  const rnd = mulberry32(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
  const chance = (p: number) => rnd() < p;
  const entities: Entity[] = [];

  const groups = Math.max(2, Math.round(size / 100));
  const users = Math.max(2, Math.round(size / 50));
  const domains = Math.max(1, Math.round(size / 2000));
  const systems = Math.max(1, Math.round(size / 50));

  for (let i = 0; i < users; i++) {
    entities.push(
      entity(
        'User',
        `user-${i}`,
        {},
        {
          memberOf: [`group:default/team-${i % groups}`],
          profile: { email: `user-${i}@example.com` },
        },
      ),
    );
  }
  for (let i = 0; i < groups; i++) {
    const annotations: Record<string, string> = {};
    if (chance(0.9))
      annotations[ANNOTATION_ONCALL_CONTACT] = `user:default/user-${Math.floor(
        rnd() * users,
      )}`;
    if (chance(0.2))
      annotations[ANNOTATION_PAGERDUTY_SERVICE_ID] = `PG${String(i).padStart(
        5,
        '0',
      )}`;
    entities.push(
      entity(
        'Group',
        `team-${i}`,
        {
          annotations,
          links: chance(0.9)
            ? [
                {
                  url: `https://oncall.example.com/schedules/team-${i}`,
                  type: 'oncall',
                },
              ]
            : [],
        },
        { type: 'team', children: [] },
      ),
    );
  }
  for (let i = 0; i < domains; i++) {
    entities.push(
      entity(
        'Domain',
        `domain-${i}`,
        {},
        { owner: `group:default/team-${i % groups}` },
      ),
    );
  }
  for (let i = 0; i < systems; i++) {
    entities.push(
      entity(
        'System',
        `system-${i}`,
        {},
        {
          owner: `group:default/team-${i % groups}`,
          domain: `domain:default/domain-${i % domains}`,
        },
      ),
    );
  }

  const rest = size - entities.length;
  const count = (share: number) => Math.round(rest * share);
  const streams: string[] = [];
  const queues: string[] = [];
  const buckets: string[] = [];
  const common = (name: string) => {
    const team = Math.floor(rnd() * groups);
    return {
      owner: `group:default/team-${team}`,
      system: `system:default/system-${Math.floor(rnd() * systems)}`,
      lifecycle: chance(0.85)
        ? 'production'
        : pick(['experimental', 'deprecated']),
      runbook: chance(0.8)
        ? [
            {
              url: `https://wiki.example.com/runbooks/${name}`,
              title: `${name} runbook`,
              type: 'runbook',
            },
          ]
        : [],
    };
  };
  const ownedSpec = (type: string, c: ReturnType<typeof common>) => ({
    type,
    lifecycle: c.lifecycle,
    owner: c.owner,
    system: c.system,
  });
  const alarms = (name: string, purposes: string[]) =>
    purposes
      .filter(() => chance(0.85))
      .map(p => `${name}-${p}`)
      .join(',');

  /** A Resource with the owner, system and lifecycle `common` draws for it, then its metadata. */
  const resource = (
    name: string,
    type: string,
    metadata: (c: ReturnType<typeof common>) => Partial<Entity['metadata']>,
  ) => {
    const c = common(name);
    entities.push(entity('Resource', name, metadata(c), ownedSpec(type, c)));
  };

  for (let i = 0; i < count(0.12); i++) {
    const name = `stream-${i}`;
    streams.push(`resource:default/${name}`);
    resource(name, 'kinesis-stream', c => ({
      annotations: {
        [ANNOTATION_AWS_ARN]: `arn:aws:kinesis:eu-west-1:111122223333:stream/${name}`,
        [ANNOTATION_CLOUDWATCH_ALARMS]: alarms(name, [
          'incoming-records',
          'write-throughput-exceeded',
        ]),
      },
      links: c.runbook,
      tags: ['kinesis'],
    }));
  }
  for (let i = 0; i < count(0.15); i++) {
    const dlq = i % 3 === 0;
    const name = dlq ? `queue-${i}-dlq` : `queue-${i}`;
    queues.push(`resource:default/${name}`);
    resource(name, 'sqs-queue', c => ({
      annotations: {
        [ANNOTATION_AWS_ARN]: `arn:aws:sqs:eu-west-1:111122223333:${name}`,
        [ANNOTATION_CLOUDWATCH_ALARMS]: alarms(
          name,
          dlq ? ['not-empty'] : ['age', 'depth'],
        ),
      },
      links: c.runbook,
      tags: dlq ? ['sqs', 'dlq'] : ['sqs'],
    }));
  }
  for (let i = 0; i < count(0.1); i++) {
    const name = `bucket-${i}`;
    buckets.push(`resource:default/${name}`);
    resource(name, i % 2 ? 's3-bucket' : 'dynamodb-table', () => ({
      annotations: { [ANNOTATION_AWS_ARN]: `arn:aws:s3:::${name}` },
    }));
  }
  for (let i = 0; i < count(0.08); i++) {
    resource(`secret-${i}`, 'secret', () => ({}));
  }
  const component = (
    name: string,
    type: string,
    readsFrom: string[],
    purposes: string[],
  ) => {
    const c = common(name);
    const annotations: Record<string, string> = {
      [ANNOTATION_AWS_ARN]: `arn:aws:lambda:eu-west-1:111122223333:function:${name}`,
      [ANNOTATION_CLOUDWATCH_ALARMS]: alarms(name, purposes),
    };
    if (readsFrom.length)
      annotations[ANNOTATION_READS_FROM] = readsFrom.join(',');
    if (chance(0.85))
      annotations[ANNOTATION_PAGERDUTY_SERVICE_ID] = `P${String(
        Math.floor(rnd() * 999999),
      ).padStart(6, '0')}`;
    entities.push(
      entity(
        'Component',
        name,
        {
          annotations,
          links: [
            ...c.runbook,
            {
              url: `https://dashboards.example.com/d/${name}`,
              type: 'dashboard',
            },
          ],
          tags: [type],
        },
        ownedSpec(type, c),
      ),
    );
  };
  const lambdas = count(0.3);
  const queuesAndBuckets = [...queues, ...buckets];
  for (let i = 0; i < lambdas; i++) {
    const readsStream = i % 2 === 0 && streams.length > 0;
    const source = readsStream
      ? pick(streams)
      : pick(queuesAndBuckets.length ? queuesAndBuckets : streams);
    component(
      `fn-${i}`,
      'lambda-function',
      source ? [source] : [],
      readsStream ? ['iterator-age', 'errors'] : ['errors', 'duration'],
    );
  }
  for (let i = 0; i < count(0.1); i++) {
    component(
      `job-${i}`,
      i % 2 ? 'state-machine' : 'batch-job',
      [],
      ['executions-failed'],
    );
  }
  while (entities.length < size) {
    const i = entities.length;
    component(`service-${i}`, 'service', [], ['5xx-rate', 'p99-latency']);
  }
  return entities.slice(0, size);
}
