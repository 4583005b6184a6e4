import { evaluateReadiness } from './evaluateEntity';
// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { EntityReadiness } from '../types';

const entities = loadExampleCatalog();
const results = evaluateReadiness(entities);
const byRef = new Map(results.map(r => [r.entityRef, r]));

function check(ref: string, checkId: string) {
  const result = byRef.get(ref);
  if (!result) throw new Error(`${ref} was not evaluated`);
  const found = result.checks.find(c => c.checkId === checkId);
  if (!found) throw new Error(`${ref} has no ${checkId} result`);
  return found;
}

const failing = (r: EntityReadiness) =>
  r.checks.filter(c => c.status !== 'pass').map(c => c.checkId);

describe(`readiness of the example catalog (${results.length} entities)`, () => {
  it('flags exactly the entities that are incomplete on purpose, with the right checks', () => {
    const flagged = Object.fromEntries(
      results
        .filter(r => failing(r).length > 0)
        .map(r => [r.entityRef, failing(r)]),
    );
    expect(flagged).toEqual({
      // "No alarms and no dashboard yet; failures are only visible in logs."
      'component:default/event-replayer': ['monitors', 'production-complete'],
      'component:default/whatsapp-sender': ['runbook', 'production-complete'],
      'resource:default/processed-events-stream': ['monitors'],
      // "Nobody has set up an alarm on it yet."
      'resource:default/events-dlq': ['runbook', 'monitors'],
      // "only a depth alarm, no age-of-oldest-message alarm yet"
      'resource:default/notification-whatsapp-queue': ['runbook', 'monitors'],
      'resource:default/reco-file-paths-stream': ['runbook', 'monitors'],
      'resource:default/reco-loader-dlq': ['runbook'],
      'resource:default/reviews-moderation-dlq': ['runbook'],
      'resource:default/reviews-indexer-queue': ['runbook'],
    });
  });

  it('evaluates production components and their streams and queues, not users or secrets', () => {
    const kinds = new Set(results.map(r => r.kind));
    expect([...kinds].sort()).toEqual(['Component', 'Resource']);
    expect(
      results.every(
        r =>
          ['kinesis-stream', 'sqs-queue'].includes(r.type!) ||
          r.kind === 'Component',
      ),
    ).toBe(true);
    expect(results.some(r => r.error)).toBe(false);
  });

  describe('serverless expectations on the pipelines', () => {
    it.each([
      'component:default/event-processor',
      'component:default/reco-item-writer',
      'component:default/reco-affinity-writer',
    ])(
      '%s reads a Kinesis stream and has iterator-age and errors alarms',
      ref => {
        const monitors = check(ref, 'monitors');
        expect(monitors.status).toBe('pass');
        expect(monitors.reason).toMatch(/Lambda reading a Kinesis stream/);
      },
    );

    it('expects no iterator-age alarm of the partitioner, which reads a bucket', () => {
      const monitors = check('component:default/event-partitioner', 'monitors');
      expect(monitors.status).toBe('pass');
      expect(monitors.reason).not.toMatch(/Kinesis/);
    });

    it('passes the raw events stream on its incoming-records alarm', () => {
      expect(
        check('resource:default/raw-events-stream', 'monitors').status,
      ).toBe('pass');
    });

    it.each([
      'resource:default/processed-events-stream',
      'resource:default/reco-file-paths-stream',
    ])('fails %s, a stream without a no-incoming-data alarm', ref => {
      expect(check(ref, 'monitors').reason).toMatch(
        /^Kinesis stream: needs no-incoming-data/,
      );
    });

    it('fails the WhatsApp queue, which only alarms on depth', () => {
      expect(
        check('resource:default/notification-whatsapp-queue', 'monitors')
          .reason,
      ).toMatch(
        /^SQS queue: needs oldest-message-age .*Declared: CloudWatch alarms: notification-whatsapp-queue-depth\.$/,
      );
    });

    it('passes the channel queues, which alarm on the age of their oldest message', () => {
      for (const name of [
        'notification-email-queue',
        'notification-sms-queue',
        'reviews-indexer-queue',
      ]) {
        expect(check(`resource:default/${name}`, 'monitors').status).toBe(
          'pass',
        );
      }
    });

    it('passes dead-letter queues on a not-empty alarm', () => {
      expect(
        check('resource:default/notification-email-dlq', 'monitors').status,
      ).toBe('pass');
    });
  });

  it('finds every production component paged and its team on call', () => {
    const components = results.filter(
      r => r.kind === 'Component' && r.lifecycle === 'production',
    );
    expect(components.length).toBeGreaterThan(20);
    for (const r of components) {
      expect(check(r.entityRef, 'escalation-policy').status).toBe('pass');
      expect(check(r.entityRef, 'oncall-contact').status).toBe('pass');
    }
  });

  it('places results by owner, system and domain', () => {
    expect(byRef.get('component:default/event-processor')).toMatchObject({
      owner: 'group:default/data-platform-team',
      system: 'system:default/event-data-platform',
      domain: 'domain:default/data-and-analytics',
      score: 100,
      status: 'pass',
    });
    // 5 of 6 checks pass: it has no escalation policy
    expect(byRef.get('component:default/event-replayer')).toMatchObject({
      score: 83,
      status: 'fail',
    });
  });
});
