import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { configApiRef } from '@backstage/core-plugin-api';
import { ConfigReader } from '@backstage/config';
import { SafeLink } from './SafeLink';

const RUNBOOK = '/docs/default/system/platform/vault/#sealed-or-down';

describe('SafeLink', () => {
  it('links to an http(s) URL', async () => {
    await renderInTestApp(
      <SafeLink url="https://wiki.example.com/rotate">Rotation guide</SafeLink>,
    );
    expect(
      screen.getByRole('link', { name: /Rotation guide/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/rotate');
  });

  it('opens a page of the portal inside the app, however the URL is written', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            configApiRef,
            new ConfigReader({ app: { baseUrl: 'http://portal.example.com' } }),
          ],
        ]}
      >
        <SafeLink url={RUNBOOK}>As written</SafeLink>
        <SafeLink url={`http://portal.example.com${RUNBOOK}`}>
          As stored
        </SafeLink>
      </TestApiProvider>,
    );
    for (const name of ['As written', 'As stored']) {
      const link = screen.getByRole('link', { name: new RegExp(name) });
      expect(link).toHaveAttribute('href', RUNBOOK);
      expect(link).not.toHaveAttribute('target');
    }
  });

  it.each([
    // eslint-disable-next-line no-script-url -- the URL under test
    'javascript:alert(1)',
    '//evil.example.com/path',
    'relative/path',
    undefined,
    42,
  ])('shows only the text for %p', async url => {
    await renderInTestApp(<SafeLink url={url}>Rotation guide</SafeLink>);
    expect(screen.getByText('Rotation guide')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
