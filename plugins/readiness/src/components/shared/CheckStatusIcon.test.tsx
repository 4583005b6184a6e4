import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type { CheckResult } from '@stagecraft/plugin-readiness-common';
import { CheckStatusIcon } from './CheckStatusIcon';

const runbookReviewed = (
  status: CheckResult['status'],
  severity: CheckResult['severity'],
): CheckResult => ({
  checkId: 'runbook-reviewed',
  title: 'Runbook reviewed',
  severity,
  status,
  reason: 'Runbook not reviewed in the last 180 days.',
  verifiedWith: ['catalog'],
});

describe('CheckStatusIcon', () => {
  it('shows a warning-level failure as a warning, not as passed', async () => {
    await renderInTestApp(
      <CheckStatusIcon check={runbookReviewed('fail', 'warning')} />,
    );
    expect(screen.getByTitle('Failed (warning)')).toBeInTheDocument();
    expect(screen.queryByTitle('Passed')).not.toBeInTheDocument();
  });

  it('keeps a pass a pass and an error-level failure a failure', async () => {
    await renderInTestApp(
      <>
        <CheckStatusIcon check={runbookReviewed('pass', 'warning')} />
        <CheckStatusIcon check={runbookReviewed('fail', 'error')} />
      </>,
    );
    expect(screen.getByTitle('Passed')).toBeInTheDocument();
    expect(screen.getByTitle('Failed', { exact: true })).toBeInTheDocument();
  });
});
