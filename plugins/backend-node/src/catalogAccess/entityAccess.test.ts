import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hideRestrictedFromUsers } from '@internal/stagecraft-test-utils';
import {
  existingEntityRefs,
  hiddenEntityRefs,
  readableEntities,
  readableEntityRefs,
} from './entityAccess';

const group = (name: string, restricted = false): Entity => ({
  apiVersion: 'backstage.io/v1',
  kind: 'Group',
  metadata: {
    name,
    title: `The ${name}`,
    ...(restricted ? { labels: { restricted: 'true' } } : {}),
  },
  spec: { type: 'team', children: [] },
});

const TEAM = 'group:default/team-a';
const SECRET_TEAM = 'group:default/secret-team';
const GHOST = 'group:default/ghost';

function catalog() {
  return hideRestrictedFromUsers(
    catalogServiceMock({
      entities: [group('team-a'), group('secret-team', true)],
    }),
  );
}

const user = mockCredentials.user('user:default/dana');
const auth = mockServices.auth();

describe('catalog access', () => {
  it('answers the refs the caller may read, with the fields asked for', async () => {
    const readable = await readableEntities(
      catalog(),
      [TEAM, SECRET_TEAM, GHOST, TEAM],
      user,
      { fields: ['metadata.title'] },
    );
    expect([...readable.keys()]).toEqual([TEAM]);
    expect(readable.get(TEAM)?.metadata.title).toBe('The team-a');

    expect(
      await readableEntityRefs(catalog(), [TEAM, SECRET_TEAM, GHOST], user),
    ).toEqual(new Set([TEAM]));
  });

  it('asks the catalog in batches of 1000 refs', async () => {
    const reads = catalog();
    const spy = jest.spyOn(reads, 'getEntitiesByRefs');
    const many = Array.from({ length: 2001 }, (_, i) => `group:default/g${i}`);

    const readable = await readableEntityRefs(reads, [...many, TEAM], user);

    expect(readable).toEqual(new Set([TEAM]));
    expect(
      spy.mock.calls.map(([request]) => request.entityRefs.length),
    ).toEqual([1000, 1000, 2]);
  });

  it('tells refs that exist but the caller may not read from refs not in the catalog', async () => {
    expect(
      await hiddenEntityRefs(catalog(), auth, [TEAM, SECRET_TEAM, GHOST], user),
    ).toEqual(new Set([SECRET_TEAM]));
    expect(
      await existingEntityRefs(catalog(), auth, [SECRET_TEAM, GHOST]),
    ).toEqual(new Set([SECRET_TEAM]));
  });

  it('asks nothing for no refs', async () => {
    const reads = catalog();
    const spy = jest.spyOn(reads, 'getEntitiesByRefs');

    expect(await hiddenEntityRefs(reads, auth, [TEAM], user)).toEqual(
      new Set(),
    );
    expect(await readableEntityRefs(reads, [], user)).toEqual(new Set());
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
