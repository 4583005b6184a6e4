import { postgresTestsRun } from '@internal/stagecraft-test-utils';
import { CampaignInput } from '@stagecraft/plugin-readiness-common';
import { CampaignStore } from './CampaignStore';
import { storeDatabases } from '../__testUtils__/storeDatabases';

jest.setTimeout(60_000);

const { databases, storeOn: createStore } = storeDatabases(options =>
  CampaignStore.create(options),
);

const input: CampaignInput = {
  name: 'Cyber Week 2026',
  description: 'Peak readiness',
  startDate: '2026-11-01',
  deadline: '2026-11-20',
  scope: { owners: ['group:default/commerce'] },
  requiredChecks: ['runbook', 'load-test'],
  runbookReviewedWithinDays: 90,
};

const now = new Date('2026-11-10T08:00:00Z');

const entity = (name: string, status: 'done' | 'owes') => ({
  entityRef: `component:default/${name}`,
  status,
  checks: [],
});

describe('CampaignStore', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('adds a campaign under an id from its name, a second one of the same name under another', async () => {
      const store = await createStore(databaseId);
      const first = await store.add(input, {
        createdBy: 'user:default/ana',
        now,
      });
      const second = await store.add(input, { now });
      expect(first).toEqual({
        id: 'cyber-week-2026',
        ...input,
        createdBy: 'user:default/ana',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      expect(second.id).toBe('cyber-week-2026-2');
      expect((await store.list()).map(c => c.id).sort()).toEqual([
        'cyber-week-2026',
        'cyber-week-2026-2',
      ]);
    });

    it('edits a campaign, and says when there is none', async () => {
      const store = await createStore(databaseId);
      await store.add(input, { now });
      const later = new Date('2026-11-11T00:00:00Z');
      const edited = await store.update(
        'cyber-week-2026',
        { ...input, deadline: '2026-11-25', requiredChecks: ['runbook'] },
        later,
      );
      expect(edited).toMatchObject({
        deadline: '2026-11-25',
        requiredChecks: ['runbook'],
        createdAt: now.toISOString(),
        updatedAt: later.toISOString(),
      });
      expect(await store.update('nope', input, later)).toBeUndefined();
    });

    it('seeds a campaign once, keeping edits made in the portal', async () => {
      const store = await createStore(databaseId);
      expect(await store.addIfAbsent('cyber-week', input, now)).toBe(true);
      await store.update('cyber-week', { ...input, name: 'Edited' }, now);
      expect(await store.addIfAbsent('cyber-week', input, now)).toBe(false);
      expect((await store.get('cyber-week'))?.name).toBe('Edited');
    });

    it('keeps one history row per campaign per UTC day, the last of the day winning', async () => {
      const store = await createStore(databaseId);
      const campaign = await store.add(input, { now });
      await store.recordDay(
        { campaign, entities: [entity('a', 'owes'), entity('b', 'owes')] },
        new Date('2026-11-09T10:00:00Z'),
      );
      await store.recordDay(
        { campaign, entities: [entity('a', 'owes'), entity('b', 'owes')] },
        new Date('2026-11-10T01:00:00Z'),
      );
      await store.recordDay(
        { campaign, entities: [entity('a', 'done'), entity('b', 'owes')] },
        new Date('2026-11-10T23:00:00Z'),
      );
      const days = await store.history(campaign.id);
      expect(
        days.map(d => [d.day, d.entityRefs.length, [...d.doneRefs]]),
      ).toEqual([
        ['2026-11-09', 2, []],
        ['2026-11-10', 2, ['component:default/a']],
      ]);
      expect(await store.history('other')).toEqual([]);
    });
  });
});
