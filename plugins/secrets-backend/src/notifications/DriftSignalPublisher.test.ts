import { mockServices } from '@backstage/backend-test-utils';
import { SignalPayload } from '@backstage/plugin-signals-node';
import { buildCatalogView } from '@stagecraft/catalog-conventions-common';
import { DriftTransitions } from '../drift/DriftTransitionListener';
import { finding } from '../__testUtils__/storeDrift';
import { DriftSignalPublisher } from './DriftSignalPublisher';

const STORE = 'resource:default/vault-prod';
const shadow = finding(STORE, 'shadow', { item: 'kv/a' });

const run = (change: Partial<DriftTransitions>): DriftTransitions => ({
  store: STORE,
  checkedAt: '2026-12-05T12:00:00.000Z',
  firstRun: false,
  findings: [shadow],
  appeared: [],
  resolved: [],
  catalog: buildCatalogView([]),
  ...change,
});

describe('DriftSignalPublisher', () => {
  it('broadcasts secrets:drift, naming no store, when findings appear or are resolved, and nothing otherwise', async () => {
    const published: SignalPayload[] = [];
    const publisher = new DriftSignalPublisher({
      signals: { publish: async signal => void published.push(signal) },
      logger: mockServices.logger.mock(),
    });
    await publisher.onTransitions(run({}));
    expect(published).toEqual([]);
    await publisher.onTransitions(run({ appeared: [shadow] }));
    await publisher.onTransitions(run({ findings: [], resolved: [shadow] }));
    expect(published).toEqual([
      {
        recipients: { type: 'broadcast' },
        channel: 'secrets:drift',
        message: { checkedAt: '2026-12-05T12:00:00.000Z' },
      },
      {
        recipients: { type: 'broadcast' },
        channel: 'secrets:drift',
        message: { checkedAt: '2026-12-05T12:00:00.000Z' },
      },
    ]);
  });

  it('logs a signal that cannot be published, and does not throw', async () => {
    const logger = mockServices.logger.mock();
    const publisher = new DriftSignalPublisher({
      signals: {
        publish: async () => {
          throw new Error('no events bus');
        },
      },
      logger,
    });
    await publisher.onTransitions(run({ appeared: [shadow] }));
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('no events bus'),
    );
  });
});
