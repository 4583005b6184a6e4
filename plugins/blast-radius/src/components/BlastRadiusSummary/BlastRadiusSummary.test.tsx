import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  BlastRadiusIndex,
  BlastRadiusResult,
  DEFAULT_BLAST_RADIUS_QUERY,
  computeBlastRadius,
} from '@stagecraft/plugin-blast-radius-common';
import { buildEntities } from '../../__testUtils__/fakeBlastRadiusApi';
import {
  BlastRadiusSummary,
  describeLimit,
  summarizeBlastRadius,
} from './BlastRadiusSummary';

/** A store with 1,200 secrets, each used by a service, and 30 teams. */
function wideIndex(): BlastRadiusIndex {
  const specs: Parameters<typeof buildEntities>[0] = {
    'resource:default/store': {
      type: 'secret-store',
      owner: 'group:default/team-0',
    },
  };
  for (let t = 0; t < 30; t++) {
    specs[`group:default/team-${t}`] = {};
  }
  for (let i = 0; i < 1200; i++) {
    specs[`resource:default/secret-${i}`] = {
      type: 'secret',
      owner: `group:default/team-${i % 30}`,
      dependsOn: ['resource:default/store'],
    };
    specs[`component:default/service-${i}`] = {
      owner: `group:default/team-${(i * 7) % 30}`,
      dependsOn: [`resource:default/secret-${i}`],
    };
  }
  return BlastRadiusIndex.fromEntities(buildEntities(specs));
}

const index = wideIndex();

function radius(limit: number): BlastRadiusResult {
  return computeBlastRadius(index, 'resource:default/store', {
    ...DEFAULT_BLAST_RADIUS_QUERY,
    limit,
  })!;
}

describe('BlastRadiusSummary', () => {
  it('counts every affected entity by kind, not only those shown', () => {
    expect(summarizeBlastRadius(radius(500))).toBe(
      'Breaks with it: 2,400 entities (1,200 components, 1,200 resources), owned by 30 owners.',
    );
  });

  it('says how many of how many it shows and what lies beyond, by kind', async () => {
    const result = radius(500);
    expect(describeLimit(result)).toBe(
      'Showing the nearest 500 of 2,401; not shown: 1,200 components, 701 resources. Every owner is listed below.',
    );
    await renderInTestApp(<BlastRadiusSummary result={result} />);
    expect(
      screen.getByText(/^Showing the nearest 500 of 2,401;/),
    ).toHaveTextContent('Raise “Show at most” to see more.');
  });

  it('says nothing about a limit when everything is shown', async () => {
    const result = radius(5000);
    expect(describeLimit(result)).toBeUndefined();
    expect(summarizeBlastRadius(result)).toBe(
      'Breaks with it: 2,400 entities (1,200 components, 1,200 resources) in 0 systems, owned by 30 owners.',
    );
    await renderInTestApp(<BlastRadiusSummary result={result} />);
    expect(screen.queryByText(/Showing the nearest/)).toBeNull();
  });
});
