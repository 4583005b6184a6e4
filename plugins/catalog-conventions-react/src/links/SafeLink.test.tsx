import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { SafeLink } from './SafeLink';

describe('SafeLink', () => {
  it('links to an http(s) URL', async () => {
    await renderInTestApp(
      <SafeLink url="https://wiki.example.com/rotate">Rotation guide</SafeLink>,
    );
    expect(
      screen.getByRole('link', { name: /Rotation guide/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/rotate');
  });

  it.each([
    // eslint-disable-next-line no-script-url -- the URL under test
    'javascript:alert(1)',
    '/relative/path',
    undefined,
    42,
  ])('shows only the text for %p', async url => {
    await renderInTestApp(<SafeLink url={url}>Rotation guide</SafeLink>);
    expect(screen.getByText('Rotation guide')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
