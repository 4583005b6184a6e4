import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { onePagePaging } from '@internal/stagecraft-frontend-test-utils';
import type {
  CheckResult,
  EntityReadiness,
} from '@stagecraft/plugin-readiness-common';
import { CheckList } from '../shared/CheckList';
import { ResultsTable } from './ResultsTable';

const failing = (checkId: string, fixUrl: string): CheckResult => ({
  checkId,
  title: checkId,
  severity: 'error',
  status: 'fail',
  reason: `${checkId} is missing`,
  fix: `Add ${checkId}.`,
  fixUrl,
  verifiedWith: ['catalog'],
});

const checks = [
  // eslint-disable-next-line no-script-url -- the URL under test
  failing('runbook', 'javascript:alert(1)'),
  failing('monitors', 'http://[not a url'),
  failing('owner', 'https://wiki.example.com/owners'),
];

const result: EntityReadiness = {
  entityRef: 'component:default/fn',
  kind: 'Component',
  type: 'lambda-function',
  score: 25,
  status: 'fail',
  checks,
  evaluatedAt: '2026-11-22T10:00:00.000Z',
};

const hrefs = () =>
  screen.getAllByRole('link').map(link => link.getAttribute('href') ?? '');

describe('links from catalog YAML', () => {
  it('the results table links only http(s) fix URLs', async () => {
    await renderInTestApp(
      <ResultsTable
        results={[result]}
        loading={false}
        paging={onePagePaging(1)}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByText('runbook:')).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('link', { name: /How to fix/ })
        .map(a => a.getAttribute('href')),
    ).toEqual(['https://wiki.example.com/owners']);
    expect(hrefs().filter(href => /^\s*javascript:/i.test(href))).toEqual([]);
  });

  it('the check list links only http(s) fix URLs', async () => {
    await renderInTestApp(<CheckList checks={checks} />);
    expect(await screen.findByText('Add runbook.')).toBeInTheDocument();
    expect(hrefs()).toEqual(['https://wiki.example.com/owners']);
  });
});

describe('ResultsTable', () => {
  it('shows a reason in the lines it is written in, with the entities it names linked', async () => {
    const capacity: CheckResult = {
      ...failing('capacity', 'https://wiki.example.com/capacity'),
      reason:
        'Lambda event-processor-prod: needs 400 concurrent at peak; reserved 100.\nKinesis stream events-prod of resource:default/events-stream: needs 12 shards; has 4.',
    };
    await renderInTestApp(
      <ResultsTable
        results={[{ ...result, checks: [capacity] }]}
        loading={false}
        paging={onePagePaging(1)}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const reason = (await screen.findByText('capacity:')).parentElement!;
    expect(reason).toHaveStyle({ whiteSpace: 'pre-line' });
    expect(reason.textContent).toContain(
      'reserved 100.\nKinesis stream events-prod',
    );
    expect(
      within(reason).getByRole('link', { name: /events-stream/ }),
    ).toHaveAttribute('href', '/catalog/default/resource/events-stream');
  });
});
