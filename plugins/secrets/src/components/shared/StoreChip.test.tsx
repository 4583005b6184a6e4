import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type { SecretStoreSummary } from '@stagecraft/plugin-secrets-common';
import { StoreApprovalChip } from './StoreChip';

const store = (overrides: Partial<SecretStoreSummary>): SecretStoreSummary => ({
  entityRef: 'resource:default/aws-secrets-manager',
  name: 'aws-secrets-manager',
  approved: false,
  ...overrides,
});

describe('StoreApprovalChip', () => {
  it.each([
    [{ approved: true, approval: 'approved' as const }, 'approved'],
    [{ approval: 'unknown' as const }, 'not known to be approved'],
    [{ approval: 'unsafe' as const }, 'unsafe place'],
    [{ approval: 'not-approved' as const }, 'unapproved'],
    [{ approved: true }, 'approved'],
    [{ approved: false }, 'unapproved'],
  ])('labels %j as "%s"', async (overrides, label) => {
    await renderInTestApp(<StoreApprovalChip store={store(overrides)} />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });
});
