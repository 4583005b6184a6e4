import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type { CheckResult } from '@stagecraft/plugin-readiness-common';
import { CheckList } from './CheckList';

const capacity: CheckResult = {
  checkId: 'capacity',
  title: 'Capacity at expected peak',
  severity: 'error',
  status: 'fail',
  reason:
    'Lambda event-processor-prod: needs 400 concurrent at peak; reserved 100.\nKinesis stream events-prod: needs 12 shards at peak; has 4.',
  fix: 'Raise the reserved concurrency; add shards.',
  verifiedWith: ['pipelines'],
};

describe('CheckList', () => {
  it('shows a long reason at a readable width, in the lines it is written in', async () => {
    await renderInTestApp(<CheckList checks={[capacity]} />);
    const reason = await screen.findByText(/^Lambda event-processor-prod/);
    expect(reason).toHaveStyle({ whiteSpace: 'pre-line', maxWidth: '75ch' });
  });

  it('labels a failed warning-level check "(warning)", and not one that passed', async () => {
    const runbook: CheckResult = {
      checkId: 'runbook-reviewed',
      title: 'Runbook reviewed',
      severity: 'warning',
      status: 'fail',
      reason: 'Runbook not reviewed in the last 180 days.',
      verifiedWith: [],
    };
    const monitors: CheckResult = {
      ...runbook,
      checkId: 'monitors',
      title: 'Monitors',
      status: 'pass',
      reason: 'Alarms on errors and iterator age.',
    };
    await renderInTestApp(<CheckList checks={[runbook, monitors]} />);
    expect(screen.getByText('Runbook reviewed')).toHaveTextContent(
      'Runbook reviewed (warning)',
    );
    expect(screen.getByText('Monitors')).toHaveTextContent(/^Monitors$/);
  });
});
