import { screen } from '@testing-library/react';
import {
  onePagePaging,
  renderWithApis,
} from '@internal/stagecraft-frontend-test-utils';
import { makeSecret } from '../../__testUtils__/fixtures';
import { SecretsTable } from './SecretsTable';

const widthOf = (header: string) =>
  parseFloat(
    screen.getByRole('columnheader', { name: new RegExp(`^${header}`) }).style
      .width,
  );

describe('SecretsTable', () => {
  it('gives a team or system name more room than a count of dependents', async () => {
    await renderWithApis(
      <SecretsTable
        title="Secrets"
        items={[
          makeSecret('model-hub-credentials', {
            owner: 'group:default/recommendations-team',
            system: 'system:default/recommendations',
          }),
        ]}
        paging={onePagePaging(1)}
      />,
      { apis: [] },
    );

    expect(
      await screen.findByRole('link', { name: 'recommendations-team' }),
    ).toBeInTheDocument();
    // At 1440 px the owner and system columns wrapped "recommendations-team" mid-word.
    expect(widthOf('Owner')).toBeGreaterThanOrEqual(14);
    expect(widthOf('System')).toBeGreaterThanOrEqual(14);
    expect(widthOf('Dependents')).toBeLessThan(widthOf('System'));
  });
});
